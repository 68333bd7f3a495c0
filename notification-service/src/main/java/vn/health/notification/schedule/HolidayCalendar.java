package vn.health.notification.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.health.contracts.calendar.HolidaysPublished;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Lịch nghỉ — the replica of calendar-service's public holidays, one document per year, and the working days
 * quiet hours count with. Each event replaces its year unless a newer revision is already here, so events of one
 * year arriving out of order or twice leave the latest. Working days are read at most once a minute per year (every
 * delivery asks); an event applied here is seen at once, one applied by another instance within that minute.
 */
@Component
public class HolidayCalendar {

	private static final Duration FRESH = Duration.ofMinutes(1);

	private final MongoTemplate mongo;

	private final Map<Integer, Read> recent = new ConcurrentHashMap<>();

	HolidayCalendar(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Keeps {@code published} unless the stored revision of its year is the same or newer. */
	public void apply(HolidaysPublished published) {
		HolidayYear year = HolidayYear.from(published);
		Query olderOrAbsent = new Query(where("_id").is(year.year()).and("revision").lt(year.revision()));
		Update replace = new Update().set("daysOff", year.daysOff())
			.set("workingWeekendDays", year.workingWeekendDays())
			.set("revision", year.revision())
			.set("publishedAt", year.publishedAt());
		try {
			this.mongo.upsert(olderOrAbsent, replace, HolidayYear.class);
		}
		catch (DuplicateKeyException sameOrNewerStored) {
			// The filter missed because the stored revision is not older; the upsert's insert hit the year's _id.
		}
		this.recent.clear();
	}

	/** The working days of the year of {@code now} and the next (a notice deferred over New Year, Tết). */
	public WorkingDays around(Instant now) {
		int year = now.atZone(QuietHours.VIETNAM).getYear();
		Read read = this.recent.get(year);
		if (read == null || System.nanoTime() - read.at() > FRESH.toNanos()) {
			read = new Read(load(year), System.nanoTime());
			this.recent.put(year, read);
		}
		return read.days();
	}

	private WorkingDays load(int year) {
		List<HolidayYear> years = this.mongo.find(new Query(where("_id").in(year, year + 1)), HolidayYear.class);
		Set<LocalDate> daysOff = new HashSet<>();
		Set<LocalDate> workingWeekendDays = new HashSet<>();
		years.forEach((stored) -> {
			daysOff.addAll(stored.daysOff());
			workingWeekendDays.addAll(stored.workingWeekendDays());
		});
		return new WorkingDays(daysOff, workingWeekendDays);
	}

	private record Read(WorkingDays days, long at) {

	}

}
