package vn.health.calendar.holiday;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.contracts.calendar.HolidaysPublished;
import vn.health.contracts.calendar.HolidaysPublished.DayOff;
import vn.health.servicekit.outbox.AggregateRoot;

/**
 * Lịch nghỉ đã công bố của một năm — what the service last published about one year's days off and worked weekend
 * days, and the events still to relay, in one document (DESIGN rule 1). Publishing the same content again records
 * nothing, so a restart or a second instance does not announce an unchanged year twice.
 */
@Document("holiday_years")
public class HolidayYear extends AggregateRoot {

	static final String PUBLIC_HOLIDAY = "PUBLIC_HOLIDAY";

	static final String COMPENSATORY = "COMPENSATORY";

	@Id
	private String id;

	private int year;

	private long revision;

	private List<DayOff> daysOff = new ArrayList<>();

	private List<LocalDate> workingWeekendDays = new ArrayList<>();

	@Version
	private Long version;

	protected HolidayYear() {
	}

	static String idOf(int year) {
		return "holidays-" + year;
	}

	static HolidayYear unpublished(int year) {
		HolidayYear published = new HolidayYear();
		published.id = idOf(year);
		published.year = year;
		return published;
	}

	/**
	 * Records {@code HolidaysPublished} with the next revision when the year, as {@code holidays} now make it, differs
	 * from what went out last; returns whether it did.
	 */
	boolean publish(PublicHolidays holidays, Instant now) {
		List<DayOff> currentDaysOff = daysOff(holidays);
		List<LocalDate> currentWorkingWeekendDays = holidays.workingDaysIn(this.year)
			.stream()
			.map(HolidayAdjustment::date)
			.toList();
		if (this.revision > 0 && this.daysOff.equals(currentDaysOff)
				&& this.workingWeekendDays.equals(currentWorkingWeekendDays)) {
			return false;
		}
		this.revision++;
		this.daysOff = new ArrayList<>(currentDaysOff);
		this.workingWeekendDays = new ArrayList<>(currentWorkingWeekendDays);
		record(new HolidaysPublished(this.year, currentDaysOff, currentWorkingWeekendDays, this.revision, now), now);
		return true;
	}

	/** Every day off of the year; the government's extra days off are {@code COMPENSATORY}, the rest by law. */
	private List<DayOff> daysOff(PublicHolidays holidays) {
		Set<LocalDate> compensatory = holidays.daysOffDecidedIn(this.year)
			.stream()
			.map(HolidayAdjustment::date)
			.collect(Collectors.toSet());
		return holidays.in(this.year)
			.stream()
			.map((holiday) -> new DayOff(holiday.date(), holiday.name(),
					compensatory.contains(holiday.date()) ? COMPENSATORY : PUBLIC_HOLIDAY))
			.toList();
	}

	public int year() {
		return this.year;
	}

	public long revision() {
		return this.revision;
	}

}
