package vn.health.servicekit.outbox;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.kafka.core.KafkaTemplate;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.EventType;

/** Sends outbox events as binary-mode CloudEvents. */
public class EventPublisher {

	private final KafkaTemplate<String, String> kafka;

	private final JsonMapper json;

	private final String source;

	public EventPublisher(KafkaTemplate<String, String> kafka, JsonMapper json, String source) {
		this.kafka = kafka;
		this.json = json;
		this.source = source;
	}

	/**
	 * Sends one event; the future completes when the broker acknowledged it, or fails. Several may be in flight:
	 * the producer keeps the order of those sent with the same key.
	 */
	public CompletableFuture<?> send(OutboxEvent event) {
		EventType type = EventType.of(event.payload());
		String key = event.payload().aggregateId();
		ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), key,
				this.json.writeValueAsString(event.payload()));
		Headers headers = record.headers();
		header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_VALUE);
		header(headers, CloudEventHeaders.ID, event.eventId());
		header(headers, CloudEventHeaders.TYPE, type.typeName());
		header(headers, CloudEventHeaders.SOURCE, this.source);
		header(headers, CloudEventHeaders.SUBJECT, key);
		header(headers, CloudEventHeaders.TIME, event.occurredAt().toString());
		header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
		if (event.correlationId() != null) {
			header(headers, CloudEventHeaders.CORRELATION_ID, event.correlationId());
		}
		return this.kafka.send(record);
	}

	private static void header(Headers headers, String name, String value) {
		headers.add(name, value.getBytes(StandardCharsets.UTF_8));
	}

}
