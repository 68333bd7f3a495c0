package vn.health.servicekit.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.messaging.Message;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.EventType;
import vn.health.contracts.IntegrationEvent;
import vn.health.servicekit.metrics.EventOutcome;
import vn.health.servicekit.metrics.PlatformMetrics;
import vn.health.servicekit.metrics.PlatformMetrics.Outcome;
import vn.health.servicekit.web.Correlation;

/**
 * Reads binary-mode CloudEvents from Spring Cloud Stream messages and runs a handler with the
 * correlation id of the request that caused the event in the logging context. Each delivery is counted by type and
 * outcome ({@link PlatformMetrics#CONSUMED}); an unreadable one is counted when it is dead-lettered.
 */
public class InboundEvents {

	private final JsonMapper json;

	private final PlatformMetrics metrics;

	public InboundEvents(JsonMapper json, PlatformMetrics metrics) {
		this.json = json;
		this.metrics = metrics;
	}

	public void handle(Message<byte[]> message, Consumer<ReceivedEvent> handler) {
		ReceivedEvent event = read(message);
		String type = event.type().typeName();
		try {
			boolean duplicate = EventOutcome
				.runReportingDuplicate(() -> Correlation.run(event.correlationId(), () -> handler.accept(event)));
			this.metrics.consumed(type, duplicate ? Outcome.DUPLICATE : Outcome.HANDLED);
		}
		catch (RuntimeException ex) {
			this.metrics.consumed(type, Outcome.FAILED);
			throw ex;
		}
	}

	public ReceivedEvent read(Message<byte[]> message) {
		String id = required(message, CloudEventHeaders.ID);
		String typeName = required(message, CloudEventHeaders.TYPE);
		EventType type = EventType.named(typeName)
			.orElseThrow(() -> new UnreadableEventException("Unknown event type " + typeName, null));
		try {
			IntegrationEvent payload = this.json.readValue(message.getPayload(), type.payloadType());
			String time = header(message, CloudEventHeaders.TIME);
			return new ReceivedEvent(id, type, (time != null) ? Instant.parse(time) : null,
					header(message, CloudEventHeaders.CORRELATION_ID), payload);
		}
		catch (JacksonException | DateTimeParseException ex) {
			throw new UnreadableEventException("Event " + id + " of type " + typeName + " is malformed", ex);
		}
	}

	private static String required(Message<byte[]> message, String name) {
		String value = header(message, name);
		if (value == null || value.isBlank()) {
			throw new UnreadableEventException("Missing header " + name, null);
		}
		return value;
	}

	/**
	 * A header as text, {@code null} when absent: the Kafka binder hands over unmapped headers as raw bytes, mapped
	 * ones as strings. For a consumer that routes a record by a header before reading it.
	 */
	public static String header(Message<byte[]> message, String name) {
		Object value = message.getHeaders().get(name);
		if (value instanceof byte[] bytes) {
			return new String(bytes, StandardCharsets.UTF_8);
		}
		return (value != null) ? value.toString() : null;
	}

}
