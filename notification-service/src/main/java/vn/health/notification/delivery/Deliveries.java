package vn.health.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.health.notification.audit.AuditAction;
import vn.health.notification.schedule.SendingHours;
import vn.health.servicekit.audit.AuditTrail;
import vn.health.servicekit.metrics.EventOutcome;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;
import vn.health.servicekit.web.NotFoundException;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Ghi nhận thông báo cần gửi — records each outbound delivery once per (event, recipient, channel), due now or at the
 * end of quiet hours, and leaves the sending to the {@link DeliveryDispatcher}: whoever records (the Kafka consumer,
 * the digest sweep) never waits for a provider, its rate limiter or its outage. The record comes first, so the
 * effect is at most once (README, "Record, then send"): a delivery found {@link DeliveryStatus#SENDING} long after its
 * claim is {@link DeliveryStatus#UNCONFIRMED}, for an operator to {@link #redeliver} if the recipient lacks it.
 */
@Component
public class Deliveries {

	private final DeliveryLog log;

	private final MongoTemplate mongo;

	private final DeliveryDispatcher dispatcher;

	private final SendingHours sendingHours;

	private final RedeliveryProperties settings;

	private final DeliveryMetrics metrics;

	private final AuditTrail audit;

	private final Clock clock;

	Deliveries(DeliveryLog log, MongoTemplate mongo, DeliveryDispatcher dispatcher, SendingHours sendingHours,
			RedeliveryProperties settings, DeliveryMetrics metrics, AuditTrail audit, Clock clock) {
		this.log = log;
		this.mongo = mongo;
		this.dispatcher = dispatcher;
		this.sendingHours = sendingHours;
		this.settings = settings;
		this.metrics = metrics;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records the delivery unless the event was recorded for this recipient and channel before: {@code address}
	 * {@code null} logs {@code SKIPPED_NO_ADDRESS}; a non-urgent notice is due when quiet hours end.
	 */
	public void deliver(SourceEvent source, String unitId, Channel channel, String address, Notice notice,
			boolean urgent) {
		Instant now = this.clock.instant();
		Delivery delivery = (address != null)
				? Delivery.due(source, unitId, channel, address, notice, urgent,
						this.sendingHours.sendAt(now, urgent), now)
				: Delivery.withoutAddress(source, unitId, channel, now);
		try {
			this.mongo.insert(delivery);
		}
		catch (DuplicateKeyException recordedBefore) {
			EventOutcome.duplicate();
			return;
		}
		if (delivery.status() == DeliveryStatus.DEFERRED && !delivery.notBefore().isAfter(now)) {
			this.dispatcher.wake(channel);
		}
		else {
			this.metrics.count(delivery);
		}
	}

	/** Logs the inbox entry made for the event and unit, unless it was logged before (a redelivered event). */
	public void inInbox(SourceEvent source, String unitId, Instant now) {
		Delivery delivery = Delivery.inInbox(source, unitId, now);
		try {
			this.mongo.insert(delivery);
		}
		catch (DuplicateKeyException loggedBefore) {
			EventOutcome.duplicate();
			return;
		}
		this.metrics.count(delivery);
	}

	/**
	 * Ends the claims older than the lease (their process died while sending) as {@link DeliveryStatus#UNCONFIRMED};
	 * returns how many. A claim whose outcome was saved meanwhile is left alone.
	 */
	public int endAbandonedClaims() {
		Instant now = this.clock.instant();
		int ended = 0;
		List<Delivery> abandoned;
		do {
			abandoned = this.log.findByStatusAndAtLessThan(DeliveryStatus.SENDING, now.minus(this.settings.lease()),
					Limit.of(this.settings.batchSize()));
			for (Delivery delivery : abandoned) {
				Query stillClaimed = new Query(where("_id").is(delivery.id())
					.and("status").is(DeliveryStatus.SENDING)
					.and("at").is(delivery.at()));
				if (this.mongo.replace(stillClaimed, delivery.unconfirmed(now)).getModifiedCount() == 1) {
					this.metrics.count(delivery);
					ended++;
				}
			}
		}
		while (abandoned.size() == this.settings.batchSize());
		return ended;
	}

	/**
	 * A province administrator sends a failed or unconfirmed delivery again: due now, its channel's worker woken (a
	 * non-urgent one still waits out quiet hours, as every delivery does).
	 */
	public DeliveryView redeliver(Caller caller, String id) {
		caller.requireAny(Role.PROVINCE_ADMIN);
		Delivery delivery = this.log.findById(id)
			.orElseThrow(() -> new NotFoundException("Không tìm thấy lần gửi " + id, "No delivery " + id));
		Delivery again = this.log.save(delivery.redeliver(this.clock.instant()));
		this.audit.record(caller, AuditAction.DELIVERY_REDELIVERED, again.recipientUnitId(), id,
				again.channel().name());
		this.dispatcher.wake(again.channel());
		return DeliveryView.of(again);
	}

}
