package vn.health.notification.delivery;

import java.time.Duration;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.contracts.notification.NotificationDelivered;
import vn.health.contracts.notification.NotificationFailed;
import vn.health.servicekit.outbox.AggregateRoot;
import vn.health.servicekit.web.ConflictException;

/**
 * Nhật ký gửi — one line of the delivery log: what goes to which unit on which channel, where it stands, and the
 * notice itself so a deferred delivery is sent later as first written. The id is the event, recipient and channel,
 * so there is one line per (event, recipient, channel). Reaching {@code SENT}, {@code FAILED} or
 * {@code SKIPPED_NO_ADDRESS} records {@link NotificationDelivered} or {@link NotificationFailed} in the same
 * document (the outbox): one outcome event per notification, written with the outcome or not at all.
 *
 * <p>
 * {@code address} is the e-mail address or phone number used, {@code null} for the inbox or when there was none;
 * {@code notBefore} is when a {@link DeliveryStatus#DEFERRED} delivery is due; {@code at} is when it last changed (for
 * {@link DeliveryStatus#SENDING}: when it was claimed); {@code attempts} counts provider attempts (each already
 * retried in-line by the channel's guards).
 */
@Document("deliveries")
@CompoundIndex(name = "due", def = "{'status': 1, 'channel': 1, 'urgent': 1, 'notBefore': 1}")
@CompoundIndex(name = "log", def = "{'recipientUnitId': 1, 'createdAt': -1}")
public class Delivery extends AggregateRoot {

	@Id
	private final String id;

	private final String eventId;

	private final String eventType;

	private final Channel channel;

	@Indexed
	private final String recipientUnitId;

	private final String address;

	private final Instant createdAt;

	private final Notice notice;

	private final boolean urgent;

	private DeliveryStatus status;

	private Instant at;

	private int attempts;

	private Instant notBefore;

	private String lastError;

	@PersistenceCreator
	Delivery(String id, String eventId, String eventType, Channel channel, String recipientUnitId, String address,
			Instant createdAt, Notice notice, boolean urgent, DeliveryStatus status, Instant at, int attempts,
			Instant notBefore, String lastError) {
		this.id = id;
		this.eventId = eventId;
		this.eventType = eventType;
		this.channel = channel;
		this.recipientUnitId = recipientUnitId;
		this.address = address;
		this.createdAt = createdAt;
		this.notice = notice;
		this.urgent = urgent;
		this.status = status;
		this.at = at;
		this.attempts = attempts;
		this.notBefore = notBefore;
		this.lastError = lastError;
	}

	/** A new delivery, due at {@code notBefore} (now, or the end of quiet hours). */
	public static Delivery due(SourceEvent source, String recipientUnitId, Channel channel, String address,
			Notice notice, boolean urgent, Instant notBefore, Instant now) {
		return new Delivery(key(source.id(), recipientUnitId, channel), source.id(), source.type(), channel,
				recipientUnitId, address, now, notice, urgent, DeliveryStatus.DEFERRED, now, 0, notBefore, null);
	}

	/** Stored in the unit's inbox: delivered at once. */
	public static Delivery inInbox(SourceEvent source, String recipientUnitId, Instant now) {
		Delivery delivery = new Delivery(key(source.id(), recipientUnitId, Channel.INBOX), source.id(), source.type(),
				Channel.INBOX, recipientUnitId, null, now, null, false, DeliveryStatus.DEFERRED, now, 0, null, null);
		return delivery.sent(now);
	}

	/** The unit has no address for {@code channel}: nothing can be sent. */
	public static Delivery withoutAddress(SourceEvent source, String recipientUnitId, Channel channel, Instant now) {
		Delivery delivery = new Delivery(key(source.id(), recipientUnitId, channel), source.id(), source.type(),
				channel, recipientUnitId, null, now, null, false, DeliveryStatus.SKIPPED_NO_ADDRESS, now, 0, null,
				"No " + channel + " address for the unit");
		delivery.recordFailure(now);
		return delivery;
	}

	/** {@code <eventId>|<unitId>|<channel>}: also the idempotency key of the delivery. */
	public static String key(String eventId, String recipientUnitId, Channel channel) {
		return eventId + "|" + recipientUnitId + "|" + channel;
	}

	public Delivery sent(Instant now) {
		update(DeliveryStatus.SENT, now, this.attempts + 1, null, null);
		record(new NotificationDelivered(this.id, this.eventId, this.eventType, this.recipientUnitId,
				this.channel.name(), this.attempts, now), now);
		return this;
	}

	public Delivery rejected(String error, Instant now) {
		update(DeliveryStatus.FAILED, now, this.attempts + 1, null, error);
		recordFailure(now);
		return this;
	}

	/**
	 * After a failed attempt: due again after {@code firstDelay} doubled per earlier attempt, or
	 * {@link DeliveryStatus#FAILED} once {@code maxAttempts} are used up.
	 */
	public Delivery failed(String error, Instant now, Duration firstDelay, int maxAttempts) {
		int attempt = this.attempts + 1;
		if (attempt >= maxAttempts) {
			update(DeliveryStatus.FAILED, now, attempt, null, error);
			recordFailure(now);
			return this;
		}
		Duration wait = firstDelay.multipliedBy(1L << Math.min(attempt - 1, 16));
		update(DeliveryStatus.DEFERRED, now, attempt, now.plus(wait), error);
		return this;
	}

	/** Moves a due delivery to {@code notBefore} without counting an attempt (quiet hours). */
	public Delivery postponedTo(Instant notBefore, Instant now) {
		update(DeliveryStatus.DEFERRED, now, this.attempts, notBefore, this.lastError);
		return this;
	}

	/**
	 * Claimed before a crash and never given an outcome: the provider may have it. Ends here rather than being
	 * sent again (at most once); {@link NotificationFailed} tells the audit.
	 */
	public Delivery unconfirmed(Instant now) {
		update(DeliveryStatus.UNCONFIRMED, now, this.attempts + 1, null,
				"Unconfirmed: the service stopped while sending; the provider may have it");
		recordFailure(now);
		return this;
	}

	/** An operator's request: a new round of attempts from now, for a failed or unconfirmed one. */
	public Delivery redeliver(Instant now) {
		if (this.status != DeliveryStatus.FAILED && this.status != DeliveryStatus.UNCONFIRMED) {
			throw new ConflictException("Chỉ gửi lại được thông báo gửi không thành công hoặc chưa xác nhận",
					"Only a failed or unconfirmed delivery can be redelivered, this one is " + this.status);
		}
		update(DeliveryStatus.DEFERRED, now, 0, now, this.lastError);
		return this;
	}

	private void update(DeliveryStatus status, Instant now, int attempts, Instant notBefore, String error) {
		this.status = status;
		this.at = now;
		this.attempts = attempts;
		this.notBefore = notBefore;
		this.lastError = error;
	}

	private void recordFailure(Instant now) {
		record(new NotificationFailed(this.id, this.eventId, this.eventType, this.recipientUnitId, this.channel.name(),
				this.attempts, this.lastError, now), now);
	}

	public String id() {
		return this.id;
	}

	public String eventId() {
		return this.eventId;
	}

	public String eventType() {
		return this.eventType;
	}

	public Channel channel() {
		return this.channel;
	}

	public String recipientUnitId() {
		return this.recipientUnitId;
	}

	public String address() {
		return this.address;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Notice notice() {
		return this.notice;
	}

	public boolean urgent() {
		return this.urgent;
	}

	public DeliveryStatus status() {
		return this.status;
	}

	public Instant at() {
		return this.at;
	}

	public int attempts() {
		return this.attempts;
	}

	public Instant notBefore() {
		return this.notBefore;
	}

	public String lastError() {
		return this.lastError;
	}

}
