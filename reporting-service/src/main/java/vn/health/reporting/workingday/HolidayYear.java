package vn.health.reporting.workingday;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.contracts.calendar.HolidaysPublished;

/**
 * Lịch nghỉ một năm — the latest revision calendar-service published for a year (revision 0: the built-in list).
 *
 * @param daysOff days off that are not ordinary Saturdays or Sundays
 * @param workingWeekendDays Saturdays or Sundays worked in exchange
 */
@Document("holiday_years")
record HolidayYear(@Id int year, long revision, List<LocalDate> daysOff, List<LocalDate> workingWeekendDays) {

	HolidayYear {
		daysOff = List.copyOf(daysOff);
		workingWeekendDays = List.copyOf(workingWeekendDays);
	}

	static HolidayYear of(HolidaysPublished published) {
		return new HolidayYear(published.year(), published.revision(),
				published.daysOff().stream().map(HolidaysPublished.DayOff::date).toList(),
				published.workingWeekendDays());
	}

}
