package vn.health.notification.delivery;

import vn.health.servicekit.messaging.ReceivedEvent;

/**
 * Sự kiện gốc — the event a notification answers: its id (for once-per-event delivery) and CloudEvents type (for
 * the audit trail on {@code notifications.v1}).
 */
public record SourceEvent(String id, String type) {

	public static SourceEvent of(ReceivedEvent event) {
		return new SourceEvent(event.eventId(), event.type().typeName());
	}

}
