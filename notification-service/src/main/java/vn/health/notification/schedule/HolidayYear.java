package vn.health.notification.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.contracts.calendar.HolidaysPublished;

/** Ngày nghỉ của một năm — the latest revision of one year's days off that calendar-service published. */
@Document("holidays")
record HolidayYear(@Id int year, List<LocalDate> daysOff, List<LocalDate> workingWeekendDays, long revision,
		Instant publishedAt) {

	static HolidayYear from(HolidaysPublished published) {
		return new HolidayYear(published.year(),
				published.daysOff().stream().map(HolidaysPublished.DayOff::date).toList(),
				published.workingWeekendDays(), published.revision(), published.publishedAt());
	}

}
