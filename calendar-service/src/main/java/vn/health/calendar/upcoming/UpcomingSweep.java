package vn.health.calendar.upcoming;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import vn.health.calendar.CalendarRange;
import vn.health.calendar.plan.PlanCalendar;
import vn.health.calendar.plan.PlanCalendars;
import vn.health.calendar.theme.OwnThemes;
import vn.health.calendar.theme.ThemeOccurrence;
import vn.health.calendar.theme.ThemeOccurrences;
import vn.health.servicekit.lock.Leases;

/**
 * Quét ngày chủ đề sắp đến — finds the occurrences starting within the furthest offset (national themes, the
 * province's and units' own themes, and the themes and campaigns of plans in force) and lets each announcement decide
 * what to publish. One instance at a
 * time; a pass costs the occurrences of the next few days, not the whole calendar.
 */
@Service
public class UpcomingSweep {

	private static final Logger log = LoggerFactory.getLogger(UpcomingSweep.class);

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final Duration LEASE = Duration.ofMinutes(10);

	private final ThemeOccurrences national;

	private final OwnThemes own;

	private final PlanCalendars plans;

	private final ThemeAnnouncementRepository announcements;

	private final UpcomingProperties properties;

	private final Leases leases;

	private final Clock clock;

	UpcomingSweep(ThemeOccurrences national, OwnThemes own, PlanCalendars plans, ThemeAnnouncementRepository announcements,
			UpcomingProperties properties, Leases leases, Clock clock) {
		this.national = national;
		this.own = own;
		this.plans = plans;
		this.announcements = announcements;
		this.properties = properties;
		this.leases = leases;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${calendar.upcoming.interval:PT1H}",
			initialDelayString = "${calendar.upcoming.interval:PT1H}")
	void sweepNow() {
		sweep(this.clock.instant());
	}

	/** Sweeps as of {@code asOf}; empty when another instance holds the sweep, else how many events were recorded. */
	public Optional<Integer> sweep(Instant asOf) {
		return this.leases.call("theme-upcoming-sweep", LEASE, () -> announce(asOf));
	}

	private int announce(Instant asOf) {
		LocalDate today = LocalDate.ofInstant(asOf, VIETNAM);
		CalendarRange window = new CalendarRange(today.plusDays(1), today.plusDays(this.properties.furthest()));
		int announced = 0;
		for (ThemeOccurrence occurrence : this.national.between(window)) {
			announced += offer(occurrence, null, List.of(), today, asOf);
		}
		for (OwnThemes.Concerning concerning : this.own.everyOccurrenceBetween(window)) {
			announced += offer(concerning.occurrence(), null, concerning.unitIds(), today, asOf);
		}
		for (PlanCalendar plan : this.plans.overlapping(window)) {
			for (ThemeOccurrence occurrence : plan.occurrencesBetween(window)) {
				announced += offer(occurrence, plan.number(), plan.unitIds(), today, asOf);
			}
		}
		if (announced > 0) {
			log.info("Upcoming theme sweep as of {}: {} announcement(s)", asOf, announced);
		}
		return announced;
	}

	/** An occurrence that has started already (a campaign month overlapping the window) is not announced. */
	private int offer(ThemeOccurrence occurrence, String planNumber, List<String> unitIds, LocalDate today,
			Instant asOf) {
		if (!occurrence.start().isAfter(today)) {
			return 0;
		}
		OptionalInt daysBefore = this.properties.nearestDue(ChronoUnit.DAYS.between(today, occurrence.start()));
		if (daysBefore.isEmpty()) {
			return 0;
		}
		ThemeAnnouncement announcement = this.announcements.findById(ThemeAnnouncement.idOf(occurrence))
			.orElseGet(() -> ThemeAnnouncement.of(occurrence));
		if (!announcement.announce(occurrence, daysBefore.getAsInt(), planNumber, unitIds, asOf)) {
			return 0;
		}
		try {
			this.announcements.save(announcement);
			return 1;
		}
		catch (DuplicateKeyException | OptimisticLockingFailureException changedMeanwhile) {
			log.debug("Announcement {} was written meanwhile; the next pass looks again", announcement.id());
			return 0;
		}
	}

}
