package vn.health.reporting.workingday;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * Lịch làm việc — which days are working days, as known at one moment: Monday to Friday except days off, plus
 * Saturdays or Sundays worked in exchange. A year nobody published is read from {@link BuiltInHolidays}; a year
 * outside both counts weekends only.
 */
public final class WorkingCalendar {

	/** The working morning the overdue alert and the escalation go out (DESIGN: no alert at night). */
	static final LocalTime MORNING = LocalTime.of(8, 0);

	private final Map<Integer, HolidayYear> years;

	private final ZoneId zone;

	WorkingCalendar(Map<Integer, HolidayYear> years, ZoneId zone) {
		this.years = Map.copyOf(years);
		this.zone = zone;
	}

	public boolean isWorkingDay(LocalDate day) {
		HolidayYear year = this.years.getOrDefault(day.getYear(), BuiltInHolidays.YEARS.get(day.getYear()));
		if (year != null && year.workingWeekendDays().contains(day)) {
			return true;
		}
		boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
		return !weekend && (year == null || !year.daysOff().contains(day));
	}

	/** The {@code n}th working day after {@code day} ({@code n} ≥ 1). */
	public LocalDate plusWorkingDays(LocalDate day, int n) {
		LocalDate result = day;
		for (int counted = 0; counted < n;) {
			result = result.plusDays(1);
			counted += isWorkingDay(result) ? 1 : 0;
		}
		return result;
	}

	/**
	 * When the overdue alert for a report due at {@code dueAt} goes out: 08:00 of the first working day after the
	 * last day it was on time (DESIGN: "overdue alert on the day after"). "trước ngày 20/6" (due when 20/6 starts)
	 * alerts on 20/6 at 08:00, "chậm nhất ngày 20/6" (due when 21/6 starts) on 21/6; a weekend or holiday in
	 * between moves it to the next working morning.
	 */
	public Instant overdueAlertAt(Instant dueAt) {
		return morningAfter(lastDayOnTime(dueAt));
	}

	/**
	 * When a report due at {@code dueAt} and still missing has been late {@code workingDays} full working days: the
	 * morning of the next working day. The first day counted is the one the deadline falls in when it falls at its
	 * very start ("trước ngày 20/6": 20/6 is already late), else the day after.
	 */
	public Instant afterWorkingDays(Instant dueAt, int workingDays) {
		return morningAfter(plusWorkingDays(lastDayOnTime(dueAt), workingDays));
	}

	private LocalDate lastDayOnTime(Instant dueAt) {
		ZonedDateTime due = dueAt.atZone(this.zone);
		return due.toLocalTime().equals(LocalTime.MIDNIGHT) ? due.toLocalDate().minusDays(1) : due.toLocalDate();
	}

	private Instant morningAfter(LocalDate day) {
		return plusWorkingDays(day, 1).atTime(MORNING).atZone(this.zone).toInstant();
	}

}
