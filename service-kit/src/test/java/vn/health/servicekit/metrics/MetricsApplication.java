package vn.health.servicekit.metrics;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.messaging.Message;

import vn.health.contracts.directory.UnitType;
import vn.health.contracts.directory.UnitUpserted;
import vn.health.servicekit.messaging.Idempotency;
import vn.health.servicekit.messaging.InboundEvents;
import vn.health.servicekit.outbox.AggregateRoot;

/**
 * A service in miniature that publishes unit events from its outbox and consumes them again, the way the
 * platform's services do: idempotent by event id, and refusing a unit named {@value #POISON}.
 */
@SpringBootApplication
class MetricsApplication {

	static final String POISON = "poison";

	static final String GROUP = "metrics-test";

	/** The trace id each consumed event was handled in, by event id. */
	@Bean
	Map<String, String> traceIdsByEvent() {
		return new ConcurrentHashMap<>();
	}

	@Bean
	Consumer<Message<byte[]>> keepUnits(InboundEvents events, Idempotency idempotency, Tracer tracer,
			Map<String, String> traceIdsByEvent) {
		return (message) -> events.handle(message, (event) -> idempotency.runOnce(event.eventId(), () -> {
			Span span = tracer.currentSpan();
			if (span != null) {
				traceIdsByEvent.put(event.eventId(), span.context().traceId());
			}
			if (event.payload() instanceof UnitUpserted unit && POISON.equals(unit.name())) {
				throw new IllegalStateException("A unit the consumer cannot take");
			}
		}));
	}

	@Document("metric_units")
	static class Unit extends AggregateRoot {

		@Id
		String id;

		static Unit named(String id, String name) {
			Unit unit = new Unit();
			unit.id = id;
			unit.record(new UnitUpserted(id, name, UnitType.HOSPITAL, null, null, null, null, null, null),
					Instant.now());
			return unit;
		}

	}

}
