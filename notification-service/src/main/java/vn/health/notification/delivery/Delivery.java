package vn.health.notification.delivery;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Nhật ký gửi — one line of the delivery log: what went to which unit on which channel, and when.
 * The id is the event, recipient and channel, so a repeated delivery rewrites its own line.
 *
 * @param address the e-mail address used, {@code null} for the inbox or when there was none
 */
@Document("deliveries")
public record Delivery(@Id String id, String eventId, Channel channel, @Indexed String recipientUnitId,
		String address, DeliveryStatus status, Instant at) {

	public static Delivery of(String eventId, String recipientUnitId, Channel channel, String address,
			DeliveryStatus status, Instant at) {
		return new Delivery(key(eventId, recipientUnitId, channel), eventId, channel, recipientUnitId, address, status,
				at);
	}

	/** {@code <eventId>|<unitId>|<channel>}: also the idempotency key of the delivery. */
	public static String key(String eventId, String recipientUnitId, Channel channel) {
		return eventId + "|" + recipientUnitId + "|" + channel;
	}

}
