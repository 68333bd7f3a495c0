package vn.health.notification.delivery;

import java.time.Duration;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Nhật ký gửi — one line of the delivery log: what goes to which unit on which channel, where it stands,
 * and the notice itself so a deferred delivery is sent later as first written. The id is the event,
 * recipient and channel, so there is one line per (event, recipient, channel).
 *
 * @param address the e-mail address or phone number used, {@code null} for the inbox or when there was none
 * @param notBefore when a {@link DeliveryStatus#DEFERRED} delivery is due
 * @param attempts provider attempts so far (each one already retried in-line by the channel's guards)
 */
@Document("deliveries")
@CompoundIndex(name = "due", def = "{'status': 1, 'notBefore': 1}")
public record Delivery(@Id String id, String eventId, Channel channel, @Indexed String recipientUnitId,
		String address, DeliveryStatus status, Instant at, Notice notice, boolean urgent, int attempts,
		Instant notBefore, String lastError) {

	/** A new delivery, due at {@code notBefore} (now, or the end of quiet hours). */
	public static Delivery due(String eventId, String recipientUnitId, Channel channel, String address, Notice notice,
			boolean urgent, Instant notBefore, Instant now) {
		return new Delivery(key(eventId, recipientUnitId, channel), eventId, channel, recipientUnitId, address,
				DeliveryStatus.DEFERRED, now, notice, urgent, 0, notBefore, null);
	}

	public static Delivery of(String eventId, String recipientUnitId, Channel channel, String address,
			DeliveryStatus status, Instant at) {
		return new Delivery(key(eventId, recipientUnitId, channel), eventId, channel, recipientUnitId, address, status,
				at, null, false, 0, null, null);
	}

	/** {@code <eventId>|<unitId>|<channel>}: also the idempotency key of the delivery. */
	public static String key(String eventId, String recipientUnitId, Channel channel) {
		return eventId + "|" + recipientUnitId + "|" + channel;
	}

	public Delivery sent(Instant now) {
		return with(DeliveryStatus.SENT, now, this.attempts + 1, null, null);
	}

	public Delivery rejected(String error, Instant now) {
		return with(DeliveryStatus.FAILED, now, this.attempts + 1, null, error);
	}

	/**
	 * After a failed attempt: due again after {@code firstDelay} doubled per earlier attempt, or
	 * {@link DeliveryStatus#FAILED} once {@code maxAttempts} are used up.
	 */
	public Delivery failed(String error, Instant now, Duration firstDelay, int maxAttempts) {
		int attempt = this.attempts + 1;
		if (attempt >= maxAttempts) {
			return with(DeliveryStatus.FAILED, now, attempt, null, error);
		}
		Duration wait = firstDelay.multipliedBy(1L << Math.min(attempt - 1, 16));
		return with(DeliveryStatus.DEFERRED, now, attempt, now.plus(wait), error);
	}

	/** Moves a due delivery to {@code notBefore} without counting an attempt (quiet hours). */
	public Delivery postponedTo(Instant notBefore, Instant now) {
		return with(DeliveryStatus.DEFERRED, now, this.attempts, notBefore, this.lastError);
	}

	private Delivery with(DeliveryStatus status, Instant now, int attempts, Instant notBefore, String error) {
		return new Delivery(this.id, this.eventId, this.channel, this.recipientUnitId, this.address, status, now,
				this.notice, this.urgent, attempts, notBefore, error);
	}

}
