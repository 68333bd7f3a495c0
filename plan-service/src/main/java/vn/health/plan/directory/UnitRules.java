package vn.health.plan.directory;

import java.util.regex.Pattern;

import vn.health.servicekit.web.InputErrors;

/** The rules a unit's own fields meet, whoever sends them (the API, a split, an import row). */
final class UnitRules {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("[0-9 .+()-]{6,20}");

	/** A Zalo account is reached by its phone number, an Official Account by its numeric id. */
	private static final Pattern ZALO = Pattern.compile("[0-9 .+()-]{6,25}");

	/** Codes appear in file names and reports: letters, digits, '.', '-', '_'. */
	private static final Pattern CODE = Pattern.compile("[\\p{L}0-9][\\p{L}0-9._-]{0,39}");

	private UnitRules() {
	}

	static InputErrors check(UnitDetails details, String path, InputErrors errors) {
		return errors.requireText(details.name(), path + "name", "Tên đơn vị không được để trống", "name is required")
			.check(details.name() == null || details.name().length() <= 255, path + "name",
					"Tên đơn vị tối đa 255 ký tự", "name is at most 255 characters")
			.check(details.type() != null, path + "type", "Chưa chọn loại đơn vị", "type is required")
			.check(blank(details.code()) || CODE.matcher(details.code().strip()).matches(), path + "code",
					"Mã đơn vị gồm chữ, số, '.', '-' hoặc '_' (tối đa 40 ký tự)",
					"code has letters, digits, '.', '-' or '_' only (at most 40)")
			.check(details.administrativeArea() == null || details.administrativeArea().length() <= 255,
					path + "administrativeArea", "Địa bàn tối đa 255 ký tự", "administrativeArea is at most 255 characters")
			.check(blank(details.email()) || EMAIL.matcher(details.email().strip()).matches(), path + "email",
					"Địa chỉ e-mail không hợp lệ", "email is not a valid address")
			.check(blank(details.phone()) || PHONE.matcher(details.phone().strip()).matches(), path + "phone",
					"Số điện thoại không hợp lệ", "phone is not a valid number")
			.check(blank(details.zalo()) || ZALO.matcher(details.zalo().strip()).matches(), path + "zalo",
					"Số Zalo không hợp lệ (số điện thoại hoặc mã Official Account)",
					"zalo is not a valid phone number or Official Account id");
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
