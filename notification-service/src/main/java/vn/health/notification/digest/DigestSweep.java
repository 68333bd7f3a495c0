package vn.health.notification.digest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.health.notification.delivery.SourceEvent;
import vn.health.notification.directory.UnitReplica;
import vn.health.notification.notify.Notifications;
import vn.health.notification.schedule.HolidayCalendar;
import vn.health.notification.schedule.QuietHours;
import vn.health.servicekit.lock.Leases;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Gửi bản tin tổng hợp — on each working morning at {@code notification.digest.send-at}, one digest per unit with
 * waiting notices, on the unit's outbound channels, each with the notices it carries (the inbox had each notice at
 * once). Units are taken one after
 * another through the {@code digest} rate limiter, so 3,000 reminders become a few hundred digests spread over
 * minutes rather than a burst. A unit's digest of a day is one delivery per channel (its id names unit and day),
 * so a second run that morning sends nothing twice.
 */
@Component
public class DigestSweep {

	static final String DIGEST_TYPE = "vn.health.notification.digest";

	private final MongoTemplate mongo;

	private final UnitReplica units;

	private final Notifications notifications;

	private final HolidayCalendar holidays;

	private final RateLimiter spread;

	private final Leases leases;

	private final DigestProperties settings;

	private final Clock clock;

	DigestSweep(MongoTemplate mongo, UnitReplica units, Notifications notifications, HolidayCalendar holidays,
			RateLimiterRegistry rateLimiters, Leases leases, DigestProperties settings, Clock clock) {
		this.mongo = mongo;
		this.units = units;
		this.notifications = notifications;
		this.holidays = holidays;
		this.spread = rateLimiters.rateLimiter("digest");
		this.leases = leases;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${notification.digest.period:1m}",
			initialDelayString = "${notification.digest.period:1m}")
	void run() {
		this.leases.run("notification-digest", this.settings.lease(), this::sendDue);
	}

	/** Sends the digests due now; returns for how many units. */
	public int sendDue() {
		ZonedDateTime now = this.clock.instant().atZone(QuietHours.VIETNAM);
		LocalDate today = now.toLocalDate();
		Instant cutOff = today.atTime(this.settings.sendAt()).atZone(QuietHours.VIETNAM).toInstant();
		// The clock first: before the send time (most of each day's runs) the holidays need not be read
		if (now.toInstant().isBefore(cutOff) || !this.holidays.around(cutOff).isWorkingDay(today)) {
			return 0;
		}
		Query waiting = new Query(where("sent").is(false).and("createdAt").lt(cutOff));
		List<String> unitIds = this.mongo.findDistinct(waiting, "unitId", DigestItem.class, String.class);
		unitIds.forEach((unitId) -> {
			RateLimiter.waitForPermission(this.spread);
			send(unitId, today, cutOff);
		});
		return unitIds.size();
	}

	private void send(String unitId, LocalDate day, Instant cutOff) {
		Query ofUnit = new Query(where("sent").is(false).and("unitId").is(unitId).and("createdAt").lt(cutOff));
		List<DigestItem> items = this.mongo.find(ofUnit.with(Sort.by("createdAt")),
				DigestItem.class);
		this.units.findById(unitId).ifPresent((unit) -> this.notifications.bundled(
				new SourceEvent("digest:" + unitId + ":" + day, DIGEST_TYPE), unit, items, DigestItem::eventType,
				(carried) -> DigestNotice.of(unit.name(), carried)));
		this.mongo.updateMulti(new Query(where("_id").in(items.stream().map(DigestItem::id).toList())),
				Update.update("sent", true), DigestItem.class);
	}

}
