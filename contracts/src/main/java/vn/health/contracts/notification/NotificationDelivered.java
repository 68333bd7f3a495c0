package vn.health.contracts.notification;

import java.time.Instant;

/**
 * A notification reached its channel's provider (e-mail accepted by SMTP, SMS/Zalo/webhook answered 2xx, inbox
 * stored). Published once per notification.
 *
 * @param unitId the recipient unit; for {@code WEBHOOK} the unit that owns the subscription
 * @param notificationId the delivery's key: source event, recipient and channel
 * @param sourceEventType the CloudEvents type of the event that caused it, e.g. {@code vn.health.report.overdue}
 * @param channel {@code EMAIL}, {@code SMS}, {@code ZALO}, {@code INBOX} or {@code WEBHOOK}
 * @param attempts how many attempts it took, at least 1
 */
public record NotificationDelivered(String notificationId, String sourceEventId, String sourceEventType,
		String unitId, String channel, int attempts, Instant deliveredAt) implements NotificationEvent {

	@Override
	public String aggregateId() {
		return this.notificationId;
	}

}
