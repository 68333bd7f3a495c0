package vn.health.notification.webhook;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.servicekit.web.ConflictException;

/**
 * Lần gửi webhook — one event for one subscription, with its exact body (the signed bytes are the same on every
 * attempt) and where it stands. The id is the event and the subscription, so a redelivered Kafka event makes no
 * second delivery.
 *
 * @param body the structured-mode CloudEvents JSON posted to the receiver
 * @param firstAttemptAt when the current round of attempts began (creation, or a manual redelivery)
 * @param attempts attempts in the current round
 * @param lastStatus the receiver's last HTTP status, {@code null} when there was no answer (timeout, refused)
 * @param manualRedeliveries how often an operator asked for it again
 */
@Document("webhook_deliveries")
@CompoundIndex(name = "due", def = "{'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "log", def = "{'subscriptionId': 1, 'createdAt': -1}")
public record WebhookDelivery(@Id String id, String subscriptionId, String eventId, WebhookEventType eventType,
		String body, WebhookDeliveryStatus status, Instant createdAt, Instant firstAttemptAt, int attempts,
		Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatus, String lastError, Instant deliveredAt,
		int manualRedeliveries) {

	static WebhookDelivery pending(String eventId, String subscriptionId, WebhookEventType type, String body,
			Instant now) {
		return new WebhookDelivery(eventId + "|" + subscriptionId, subscriptionId, eventId, type, body,
				WebhookDeliveryStatus.PENDING, now, now, 0, now, null, null, null, null, 0);
	}

	WebhookDelivery delivered(int status, Instant now) {
		return new WebhookDelivery(this.id, this.subscriptionId, this.eventId, this.eventType, this.body,
				WebhookDeliveryStatus.DELIVERED, this.createdAt, this.firstAttemptAt, this.attempts + 1, null, now,
				status, null, now, this.manualRedeliveries);
	}

	/** After a failed attempt: due again by the schedule, or {@code FAILED} once the schedule has run out. */
	WebhookDelivery failed(Integer status, String error, Instant now, RetrySchedule schedule) {
		int attempt = this.attempts + 1;
		Instant next = schedule.next(this.firstAttemptAt, attempt, now).orElse(null);
		return new WebhookDelivery(this.id, this.subscriptionId, this.eventId, this.eventType, this.body,
				(next != null) ? WebhookDeliveryStatus.PENDING : WebhookDeliveryStatus.FAILED, this.createdAt,
				this.firstAttemptAt, attempt, next, now, status, error, null, this.manualRedeliveries);
	}

	/** Given up without an attempt: the subscription was deleted. */
	WebhookDelivery abandoned(String reason, Instant now) {
		return new WebhookDelivery(this.id, this.subscriptionId, this.eventId, this.eventType, this.body,
				WebhookDeliveryStatus.FAILED, this.createdAt, this.firstAttemptAt, this.attempts, null, now, null,
				reason, null, this.manualRedeliveries);
	}

	/** An operator's request: a new round of attempts from now, for a delivered or failed one. */
	WebhookDelivery redeliver(Instant now) {
		if (this.status == WebhookDeliveryStatus.PENDING) {
			throw new ConflictException("Lần gửi này đang chờ gửi lại tự động",
					"This delivery is already scheduled for another attempt");
		}
		return new WebhookDelivery(this.id, this.subscriptionId, this.eventId, this.eventType, this.body,
				WebhookDeliveryStatus.PENDING, this.createdAt, now, 0, now, this.lastAttemptAt, this.lastStatus,
				this.lastError, this.deliveredAt, this.manualRedeliveries + 1);
	}

}
