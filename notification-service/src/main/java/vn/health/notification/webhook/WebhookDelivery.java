package vn.health.notification.webhook;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.contracts.notification.NotificationDelivered;
import vn.health.contracts.notification.NotificationFailed;
import vn.health.servicekit.outbox.AggregateRoot;
import vn.health.servicekit.web.ConflictException;

/**
 * Lần gửi webhook — one event for one subscription, with its exact body (the signed bytes are the same on every
 * attempt) and where it stands. The id is the event and the subscription, so a redelivered Kafka event makes no
 * second delivery. Reaching {@code DELIVERED} or {@code FAILED} records {@link NotificationDelivered} or
 * {@link NotificationFailed} (channel {@code WEBHOOK}, unit = the subscription's owner) in the same document.
 *
 * <p>
 * {@code body} is the structured-mode CloudEvents JSON posted to the receiver; {@code firstAttemptAt} when the current
 * round of attempts began (creation, or a manual redelivery); {@code attempts} counts attempts in the current round;
 * {@code lastStatus} is the receiver's last HTTP status, {@code null} when there was no answer (timeout, refused);
 * {@code manualRedeliveries} how often an operator asked for it again.
 */
@Document("webhook_deliveries")
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "log", def = "{'subscriptionId': 1, 'createdAt': -1}")
public class WebhookDelivery extends AggregateRoot {

	static final String CHANNEL = "WEBHOOK";

	@Id
	private final String id;

	private final String subscriptionId;

	private final String unitId;

	private final String eventId;

	private final WebhookEventType eventType;

	private final String body;

	private final Instant createdAt;

	private WebhookDeliveryStatus status;

	private Instant firstAttemptAt;

	private int attempts;

	private Instant nextAttemptAt;

	private Instant lastAttemptAt;

	private Integer lastStatus;

	private String lastError;

	private Instant deliveredAt;

	private int manualRedeliveries;

	@PersistenceCreator
	WebhookDelivery(String id, String subscriptionId, String unitId, String eventId, WebhookEventType eventType,
			String body, Instant createdAt, WebhookDeliveryStatus status, Instant firstAttemptAt, int attempts,
			Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatus, String lastError, Instant deliveredAt,
			int manualRedeliveries) {
		this.id = id;
		this.subscriptionId = subscriptionId;
		this.unitId = unitId;
		this.eventId = eventId;
		this.eventType = eventType;
		this.body = body;
		this.createdAt = createdAt;
		this.status = status;
		this.firstAttemptAt = firstAttemptAt;
		this.attempts = attempts;
		this.nextAttemptAt = nextAttemptAt;
		this.lastAttemptAt = lastAttemptAt;
		this.lastStatus = lastStatus;
		this.lastError = lastError;
		this.deliveredAt = deliveredAt;
		this.manualRedeliveries = manualRedeliveries;
	}

	static WebhookDelivery pending(String eventId, WebhookSubscription subscription, WebhookEventType type,
			String body, Instant now) {
		return new WebhookDelivery(eventId + "|" + subscription.id(), subscription.id(), subscription.unitId(),
				eventId, type, body, now, WebhookDeliveryStatus.PENDING, now, 0, now, null, null, null, null, 0);
	}

	WebhookDelivery delivered(int status, Instant now) {
		attempted(WebhookDeliveryStatus.DELIVERED, now, status, null, null);
		this.deliveredAt = now;
		record(new NotificationDelivered(this.id, this.eventId, this.eventType.cloudEventType(), this.unitId, CHANNEL,
				this.attempts, now), now);
		return this;
	}

	/** After a failed attempt: due again by the schedule, or {@code FAILED} once the schedule has run out. */
	WebhookDelivery failed(Integer status, String error, Instant now, RetrySchedule schedule) {
		Instant next = schedule.next(this.firstAttemptAt, this.attempts + 1, now).orElse(null);
		attempted((next != null) ? WebhookDeliveryStatus.PENDING : WebhookDeliveryStatus.FAILED, now, status, error,
				next);
		if (next == null) {
			recordFailure(now);
		}
		return this;
	}

	/** Given up without an attempt: the subscription was deleted. */
	WebhookDelivery abandoned(String reason, Instant now) {
		this.status = WebhookDeliveryStatus.FAILED;
		this.nextAttemptAt = null;
		this.lastAttemptAt = now;
		this.lastStatus = null;
		this.lastError = reason;
		this.deliveredAt = null;
		recordFailure(now);
		return this;
	}

	/** An operator's request: a new round of attempts from now, for a delivered or failed one. */
	WebhookDelivery redeliver(Instant now) {
		if (this.status == WebhookDeliveryStatus.PENDING) {
			throw new ConflictException("Lần gửi này đang chờ gửi lại tự động",
					"This delivery is already scheduled for another attempt");
		}
		this.status = WebhookDeliveryStatus.PENDING;
		this.firstAttemptAt = now;
		this.attempts = 0;
		this.nextAttemptAt = now;
		this.manualRedeliveries++;
		return this;
	}

	private void attempted(WebhookDeliveryStatus status, Instant now, Integer httpStatus, String error, Instant next) {
		this.status = status;
		this.attempts++;
		this.nextAttemptAt = next;
		this.lastAttemptAt = now;
		this.lastStatus = httpStatus;
		this.lastError = error;
		this.deliveredAt = null;
	}

	private void recordFailure(Instant now) {
		record(new NotificationFailed(this.id, this.eventId, this.eventType.cloudEventType(), this.unitId, CHANNEL,
				this.attempts, this.lastError, now), now);
	}

	public String id() {
		return this.id;
	}

	public String subscriptionId() {
		return this.subscriptionId;
	}

	/** The unit that owns the subscription; {@code null} for subscriptions made before owners were recorded. */
	public String unitId() {
		return this.unitId;
	}

	public String eventId() {
		return this.eventId;
	}

	public WebhookEventType eventType() {
		return this.eventType;
	}

	public String body() {
		return this.body;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public WebhookDeliveryStatus status() {
		return this.status;
	}

	public Instant firstAttemptAt() {
		return this.firstAttemptAt;
	}

	public int attempts() {
		return this.attempts;
	}

	public Instant nextAttemptAt() {
		return this.nextAttemptAt;
	}

	public Instant lastAttemptAt() {
		return this.lastAttemptAt;
	}

	public Integer lastStatus() {
		return this.lastStatus;
	}

	public String lastError() {
		return this.lastError;
	}

	public Instant deliveredAt() {
		return this.deliveredAt;
	}

	public int manualRedeliveries() {
		return this.manualRedeliveries;
	}

}
