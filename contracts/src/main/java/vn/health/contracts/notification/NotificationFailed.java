package vn.health.contracts.notification;

import java.time.Instant;

/**
 * A notification could not be delivered and will not be retried automatically (attempts or time exhausted, or the
 * recipient has no usable address); an operator can redeliver it. Published once per notification and failure.
 *
 * @param unitId the recipient unit; for {@code WEBHOOK} the unit that owns the subscription
 * @param reason why, in words an operator understands (provider answer, timeout, no address)
 */
public record NotificationFailed(String notificationId, String sourceEventId, String sourceEventType, String unitId,
		String channel, int attempts, String reason, Instant failedAt) implements NotificationEvent {

	@Override
	public String aggregateId() {
		return this.notificationId;
	}

}
