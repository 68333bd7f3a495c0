package vn.health.calendar;

import java.time.LocalDate;

import vn.health.servicekit.web.InputErrors;

/**
 * Khoảng thời gian — the dates a calendar query covers, both ends inclusive, at most {@value #MAX_YEARS} years so
 * one request cannot ask for a century of occurrences.
 */
public record CalendarRange(LocalDate from, LocalDate to) {

	public static final int MAX_YEARS = 2;

	public CalendarRange {
		InputErrors errors = new InputErrors();
		checkYear(errors, from, "from");
		checkYear(errors, to, "to");
		if (!errors.hasProblemAt("from") && !errors.hasProblemAt("to")) {
			errors.check(!from.isAfter(to), "to", "Ngày kết thúc phải không trước ngày bắt đầu",
					"to must not be before from")
				.check(from.isAfter(to) || !to.isAfter(from.plusYears(MAX_YEARS)), "to",
						"Khoảng thời gian tối đa " + MAX_YEARS + " năm", "the range must not exceed " + MAX_YEARS + " years");
		}
		errors.throwIfAny();
	}

	private static void checkYear(InputErrors errors, LocalDate date, String field) {
		errors.check(date != null, field, "Thiếu ngày", field + " is required");
		if (date != null) {
			errors.check(date.getYear() >= CalendarYear.FIRST && date.getYear() <= CalendarYear.LAST, field,
					"Năm phải từ " + CalendarYear.FIRST + " đến " + CalendarYear.LAST,
					"year must be between " + CalendarYear.FIRST + " and " + CalendarYear.LAST);
		}
	}

}
