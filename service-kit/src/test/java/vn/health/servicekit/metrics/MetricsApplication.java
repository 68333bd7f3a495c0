package vn.health.servicekit.metrics;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.messaging.Message;

import vn.health.contracts.directory.UnitType;
import vn.health.contracts.directory.UnitUpserted;
import vn.health.servicekit.messaging.InboundEvents;
import vn.health.servicekit.outbox.AggregateRoot;

/**
 * A service in miniature that publishes unit events from its outbox and consumes them again, the way the
 * platform's services do: idempotent by event id, and refusing units by name.
 */
@SpringBootApplication
class MetricsApplication {

	static final String POISON = "poison";

	static final String GROUP = "metrics-test";

	/** The trace id each event was handled in (not refused), by event id. */
	@Bean
	Map<String, String> traceIdsByEvent() {
		return new ConcurrentHashMap<>();
	}

	/** Unit names the consumer refuses, {@value #POISON} among them; a test removes one to "deploy a fix". */
	@Bean
	Set<String> refusedNames() {
		Set<String> refused = ConcurrentHashMap.newKeySet();
		refused.add(POISON);
		return refused;
	}

	/** Applies each event once: a redelivered one finds its id taken and is counted as a duplicate. */
	@Bean
	Consumer<Message<byte[]>> keepUnits(InboundEvents events, MongoTemplate mongo, Tracer tracer,
			Map<String, String> traceIdsByEvent, Set<String> refusedNames) {
		return (message) -> events.handle(message, (event) -> {
			if (event.payload() instanceof UnitUpserted unit && refusedNames.contains(unit.name())) {
				throw new IllegalStateException("A unit the consumer cannot take");
			}
			try {
				mongo.insert(new AppliedEvent(event.eventId()));
			}
			catch (DuplicateKeyException ex) {
				EventOutcome.duplicate();
				return;
			}
			Span span = tracer.currentSpan();
			if (span != null) {
				traceIdsByEvent.put(event.eventId(), span.context().traceId());
			}
		});
	}

	@Document("metric_applied_events")
	record AppliedEvent(@Id String eventId) {
	}

	@Document("metric_units")
	static class Unit extends AggregateRoot {

		@Id
		String id;

		static Unit named(String id, String name) {
			Unit unit = new Unit();
			unit.id = id;
			unit.record(new UnitUpserted(id, name, UnitType.HOSPITAL, null, null, null, null, null, null, null, null,
					null), Instant.now());
			return unit;
		}

	}

}
