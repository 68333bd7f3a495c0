package vn.health.calendar.holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Ngày làm việc — Monday to Friday except public holidays, plus the Saturdays and Sundays the government made
 * working days. Deadlines counted "sau N ngày làm việc" use it.
 */
public final class WorkingDays {

	private final PublicHolidays holidays;

	private final Map<Integer, Set<LocalDate>> holidaysByYear = new HashMap<>();

	private final Map<Integer, Set<LocalDate>> workedWeekendsByYear = new HashMap<>();

	public WorkingDays(PublicHolidays holidays) {
		this.holidays = holidays;
	}

	public boolean isWorkingDay(LocalDate date) {
		if (workedWeekends(date.getYear()).contains(date)) {
			return true;
		}
		return !isWeekend(date) && !isHoliday(date);
	}

	/**
	 * The working day {@code n} working days after {@code date} ({@code n} before it when negative); {@code date}
	 * itself when {@code n} is 0, working day or not.
	 */
	public LocalDate addWorkingDays(LocalDate date, int n) {
		int step = Integer.signum(n);
		LocalDate day = date;
		for (int left = Math.abs(n); left > 0;) {
			day = day.plusDays(step);
			if (isWorkingDay(day)) {
				left--;
			}
		}
		return day;
	}

	boolean isWeekend(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	boolean isHoliday(LocalDate date) {
		return this.holidaysByYear.computeIfAbsent(date.getYear(),
				(year) -> this.holidays.in(year).stream().map(PublicHoliday::date).collect(Collectors.toSet()))
			.contains(date);
	}

	private Set<LocalDate> workedWeekends(int year) {
		return this.workedWeekendsByYear.computeIfAbsent(year,
				(y) -> this.holidays.workingDaysIn(y).stream().map(HolidayAdjustment::date).collect(Collectors.toSet()));
	}

}
