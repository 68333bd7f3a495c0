package vn.health.notification.delivery;

import java.time.Instant;

/** One line of the delivery log as operators see it (without the notice's text). */
record DeliveryView(String id, String eventId, String eventType, String unitId, Channel channel, String address,
		DeliveryStatus status, Instant createdAt, Instant at, int attempts, Instant notBefore, String lastError) {

	static DeliveryView of(Delivery delivery) {
		return new DeliveryView(delivery.id(), delivery.eventId(), delivery.eventType(), delivery.recipientUnitId(),
				delivery.channel(), delivery.address(), delivery.status(), delivery.createdAt(), delivery.at(),
				delivery.attempts(), delivery.notBefore(), delivery.lastError());
	}

}
