package vn.health.servicekit.messaging;

import java.time.Instant;

import vn.health.contracts.EventType;
import vn.health.contracts.IntegrationEvent;

/** An event read from Kafka: the CloudEvents attributes a consumer may need and the typed payload. */
public record ReceivedEvent(String eventId, EventType type, Instant time, String correlationId,
		IntegrationEvent payload) {

}
