package vn.health.servicekit.outbox;

import java.time.Instant;

import vn.health.contracts.IntegrationEvent;

/**
 * An event stored inside its aggregate's document until the relay has published it, so the state
 * change and the event are one atomic write (no multi-document transaction needed).
 *
 * @param eventId the CloudEvents id, kept across redeliveries so consumers can deduplicate
 * @param correlationId the request that caused it, or {@code null}
 */
public record OutboxEvent(String eventId, Instant occurredAt, String correlationId, IntegrationEvent payload) {

}
