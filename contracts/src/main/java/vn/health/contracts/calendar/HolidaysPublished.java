package vn.health.contracts.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The official days off of one year (ngày nghỉ lễ, Tết, nghỉ bù) and the weekend days worked in exchange (ngày làm
 * bù), as calendar-service holds them. Published whenever the year changes; each event replaces the whole year, so
 * consumers keep the latest per year and count working days with it.
 *
 * @param daysOff every day off that is not an ordinary Saturday or Sunday
 * @param workingWeekendDays Saturdays or Sundays that are working days by a government decision
 * @param revision increases with every change of the year; a consumer ignores an older revision
 */
public record HolidaysPublished(int year, List<DayOff> daysOff, List<LocalDate> workingWeekendDays, long revision,
		Instant publishedAt) implements CalendarEvent {

	public HolidaysPublished {
		daysOff = (daysOff != null) ? List.copyOf(daysOff) : List.of();
		workingWeekendDays = (workingWeekendDays != null) ? List.copyOf(workingWeekendDays) : List.of();
	}

	@Override
	public String aggregateId() {
		return "holidays-" + this.year;
	}

	/**
	 * One day off.
	 *
	 * @param kind {@code PUBLIC_HOLIDAY} (by law, e.g. Tết, 2/9) or {@code COMPENSATORY} (nghỉ bù, by decision)
	 */
	public record DayOff(LocalDate date, String name, String kind) {

	}

}
