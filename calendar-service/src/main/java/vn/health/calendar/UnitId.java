package vn.health.calendar;

import java.util.regex.Pattern;

import vn.health.servicekit.web.InputErrors;

/**
 * Mã đơn vị — the id of a unit of the directory (owned by plan-service). Only its shape is checked here; whether
 * the unit exists is the directory replica's answer ({@code directory.Directory}).
 */
public record UnitId(String value) {

	private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	/** Checks {@code value}, naming {@code field} (the query or path parameter it came from) if it is wrong. */
	public static UnitId of(String value, String field) {
		new InputErrors().requireText(value, field, "Thiếu mã đơn vị", field + " is required")
			.check(value == null || value.isBlank() || isWellFormed(value), field,
					"Mã đơn vị chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới (tối đa 64 ký tự)",
					field + " may hold only letters, digits, '.', '-' and '_' (at most 64)")
			.throwIfAny();
		return new UnitId(value);
	}

	public static boolean isWellFormed(String value) {
		return value != null && SHAPE.matcher(value).matches();
	}

}
