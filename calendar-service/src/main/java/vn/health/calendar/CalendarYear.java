package vn.health.calendar;

import vn.health.servicekit.web.InputErrors;

/**
 * Năm lịch — a year the calendar answers for. The bounds keep a typo ({@code 224}, {@code 20245}) from
 * reading as a real year; every {@code ?year=} endpoint of the service takes one.
 */
public record CalendarYear(int value) {

	public static final int FIRST = 2000;

	public static final int LAST = 2100;

	public CalendarYear {
		new InputErrors()
			.check(value >= FIRST && value <= LAST, "year", "Năm phải từ " + FIRST + " đến " + LAST,
					"year must be between " + FIRST + " and " + LAST)
			.throwIfAny();
	}

}
