package vn.health.notification.webhook;

import java.time.Instant;

/** A webhook delivery as the delivery log shows it, body included. */
record WebhookDeliveryView(String id, String subscriptionId, String unitId, String eventId,
		WebhookEventType eventType, String body, WebhookDeliveryStatus status, Instant createdAt,
		Instant firstAttemptAt, int attempts, Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatus,
		String lastError, Instant deliveredAt, int manualRedeliveries) {

	static WebhookDeliveryView of(WebhookDelivery delivery) {
		return new WebhookDeliveryView(delivery.id(), delivery.subscriptionId(), delivery.unitId(), delivery.eventId(),
				delivery.eventType(), delivery.body(), delivery.status(), delivery.createdAt(),
				delivery.firstAttemptAt(), delivery.attempts(), delivery.nextAttemptAt(), delivery.lastAttemptAt(),
				delivery.lastStatus(), delivery.lastError(), delivery.deliveredAt(), delivery.manualRedeliveries());
	}

}
