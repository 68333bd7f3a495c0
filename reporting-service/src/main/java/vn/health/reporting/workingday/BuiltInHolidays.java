package vn.health.reporting.workingday;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Ngày nghỉ lễ, Tết 2024–2026 — the one place the platform's own list lives, used for a year until calendar-service
 * publishes it ({@code HolidaysPublished}), which then wins for good. Weekday days off only (weekends are off
 * anyway) from the Labour Code (art. 112) and the Prime Minister's yearly decisions on Tết and swapped days;
 * {@code workingWeekendDays} are the Saturdays worked in exchange (ngày làm bù).
 */
final class BuiltInHolidays {

	static final Map<Integer, HolidayYear> YEARS = Map.of(
			2024, year(2024, List.of(date(2024, 1, 1),
					// Tết Giáp Thìn 8/2 – 14/2
					date(2024, 2, 8), date(2024, 2, 9), date(2024, 2, 12), date(2024, 2, 13), date(2024, 2, 14),
					date(2024, 4, 18), date(2024, 4, 29), date(2024, 4, 30), date(2024, 5, 1), date(2024, 9, 2),
					date(2024, 9, 3)), List.of(date(2024, 5, 4))),
			2025, year(2025, List.of(date(2025, 1, 1),
					// Tết Ất Tỵ 25/1 – 2/2
					date(2025, 1, 27), date(2025, 1, 28), date(2025, 1, 29), date(2025, 1, 30), date(2025, 1, 31),
					date(2025, 4, 7), date(2025, 4, 30), date(2025, 5, 1), date(2025, 5, 2), date(2025, 9, 1),
					date(2025, 9, 2)), List.of(date(2025, 4, 26))),
			2026, year(2026, List.of(date(2026, 1, 1),
					// Tết Bính Ngọ 14/2 – 22/2
					date(2026, 2, 16), date(2026, 2, 17), date(2026, 2, 18), date(2026, 2, 19), date(2026, 2, 20),
					// Giỗ Tổ Hùng Vương falls on Sunday 26/4: off on Monday 27/4
					date(2026, 4, 27), date(2026, 4, 30), date(2026, 5, 1), date(2026, 9, 1), date(2026, 9, 2)),
					List.of()));

	private BuiltInHolidays() {
	}

	private static HolidayYear year(int year, List<LocalDate> daysOff, List<LocalDate> workingWeekendDays) {
		return new HolidayYear(year, 0, daysOff, workingWeekendDays);
	}

	private static LocalDate date(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

}
