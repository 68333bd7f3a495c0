package vn.health.reporting.workingday;

import java.util.HashMap;
import java.util.Map;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import vn.health.contracts.calendar.HolidaysPublished;
import vn.health.reporting.obligation.Deadlines;

/**
 * Ngày làm việc — keeps the latest holiday revision per year from {@code calendar.v1} and hands out the calendar as
 * the store holds it now. Read once per sweep pass, so every instance sees what the one that consumed the event
 * stored (only one instance of the group receives it).
 */
@Service
public class WorkingDays {

	private final MongoTemplate mongo;

	WorkingDays(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Keeps the year unless a newer (or the same) revision is already kept; returns whether it did. */
	boolean keep(HolidaysPublished published) {
		HolidayYear year = HolidayYear.of(published);
		HolidayYear kept = this.mongo.findById(year.year(), HolidayYear.class);
		if (kept != null && kept.revision() >= year.revision()) {
			return false;
		}
		this.mongo.save(year);
		return true;
	}

	public WorkingCalendar calendar() {
		Map<Integer, HolidayYear> years = new HashMap<>();
		this.mongo.findAll(HolidayYear.class).forEach((year) -> years.put(year.year(), year));
		return new WorkingCalendar(years, Deadlines.ZONE);
	}

}
