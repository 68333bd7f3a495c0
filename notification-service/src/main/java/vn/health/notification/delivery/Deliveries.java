package vn.health.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.health.notification.schedule.HolidayCalendar;
import vn.health.notification.schedule.QuietHours;
import vn.health.notification.schedule.QuietHoursProperties;
import vn.health.servicekit.messaging.Idempotency;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Gửi thông báo — sends a notice on an outbound channel once per (event, recipient, channel), or records
 * it as deferred: during quiet hours, or when the provider failed after the in-line retries (the caller,
 * e.g. the Kafka consumer, never waits longer than those). Deferred deliveries go out from {@link #redeliverDue}.
 */
@Component
public class Deliveries {

	private final Map<Channel, OutboundChannel> channels = new EnumMap<>(Channel.class);

	private final ChannelGuards guards;

	private final DeliveryLog log;

	private final MongoTemplate mongo;

	private final Idempotency idempotency;

	private final QuietHours quietHours;

	private final HolidayCalendar holidays;

	private final RedeliveryProperties redelivery;

	private final DeliveryMetrics metrics;

	private final Clock clock;

	Deliveries(List<OutboundChannel> channels, ChannelGuards guards, DeliveryLog log, MongoTemplate mongo,
			Idempotency idempotency, QuietHoursProperties quietHours, HolidayCalendar holidays,
			RedeliveryProperties redelivery, DeliveryMetrics metrics, Clock clock) {
		channels.forEach((channel) -> this.channels.put(channel.kind(), channel));
		this.guards = guards;
		this.log = log;
		this.mongo = mongo;
		this.idempotency = idempotency;
		this.quietHours = quietHours.quietHours();
		this.holidays = holidays;
		this.redelivery = redelivery;
		this.metrics = metrics;
		this.clock = clock;
	}

	/** {@code address} {@code null} logs {@code SKIPPED_NO_ADDRESS}; a non-urgent notice waits out quiet hours. */
	public void deliver(SourceEvent source, String unitId, Channel channel, String address, Notice notice,
			boolean urgent) {
		this.idempotency.runOnce(Delivery.key(source.id(), unitId, channel), () -> {
			Instant now = this.clock.instant();
			if (address == null) {
				save(Delivery.withoutAddress(source, unitId, channel, now));
				return;
			}
			Delivery delivery = Delivery.due(source, unitId, channel, address, notice, urgent, now, now);
			save(attempt(delivery));
		});
	}

	/** Attempts the deliveries now due, one sweep's batch; returns how many it claimed. */
	public int redeliverDue() {
		Instant now = this.clock.instant();
		List<Delivery> due = this.log.findByStatusAndNotBeforeLessThanEqualOrderByNotBeforeAsc(DeliveryStatus.DEFERRED,
				now, Limit.of(this.redelivery.batchSize()));
		int claimed = 0;
		for (Delivery delivery : due) {
			if (claim(delivery, now)) {
				save(attempt(delivery));
				claimed++;
			}
		}
		return claimed;
	}

	private void save(Delivery delivery) {
		this.metrics.count(this.log.save(delivery));
	}

	/** Hides the delivery from other sweeps for the lease; a crash before the outcome is saved sends it again. */
	private boolean claim(Delivery delivery, Instant now) {
		Query unchanged = new Query(where("_id").is(delivery.id())
			.and("status").is(DeliveryStatus.DEFERRED)
			.and("notBefore").is(delivery.notBefore()));
		return this.mongo.updateFirst(unchanged, Update.update("notBefore", now.plus(this.redelivery.lease())),
				Delivery.class).getModifiedCount() == 1;
	}

	private Delivery attempt(Delivery delivery) {
		Instant now = this.clock.instant();
		Instant sendAt = delivery.urgent() ? now : this.quietHours.sendAt(now, this.holidays.around(now));
		if (sendAt.isAfter(now)) {
			return delivery.postponedTo(sendAt, now);
		}
		try {
			this.guards.run(delivery.channel(), () -> this.channels.get(delivery.channel())
				.send(delivery.address(), delivery.notice(), delivery.id()));
			return delivery.sent(this.clock.instant());
		}
		catch (ProviderRejectedException ex) {
			return delivery.rejected(ex.getMessage(), this.clock.instant());
		}
		catch (Exception ex) {
			return delivery.failed(ex.getClass().getSimpleName() + ": " + ex.getMessage(), this.clock.instant(),
					this.redelivery.firstDelay(), this.redelivery.maxAttempts());
		}
	}

}
