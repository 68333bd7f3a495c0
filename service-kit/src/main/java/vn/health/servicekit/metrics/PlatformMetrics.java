package vn.health.servicekit.metrics;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The platform's own meters, the same in every service (Prometheus names in brackets):
 * <ul>
 * <li>{@value #PUBLISHED} [{@code platform_events_published_total}] — events the broker acknowledged, by
 * {@code type} and {@code topic};</li>
 * <li>{@value #CONSUMED} [{@code platform_events_consumed_total}] — events read by a consumer, by {@code type}
 * and {@code outcome} ({@link Outcome});</li>
 * <li>{@value #OUTBOX_BACKLOG} [{@code platform_outbox_backlog}] — aggregates with events still to relay, by
 * {@code collection};</li>
 * <li>{@value #RELAY_FAILURES} [{@code platform_outbox_relay_failures_total}] — sends the broker refused or did
 * not acknowledge in time, by {@code collection} (the event stays and is retried);</li>
 * <li>{@value #DEAD_LETTERS} [{@code platform_dlq_records_total}] — records sent to a dead-letter topic, by
 * {@code topic} (the one they came from), {@code dlq} and {@code type}.</li>
 * </ul>
 */
public class PlatformMetrics {

	public static final String PUBLISHED = "platform.events.published";

	public static final String CONSUMED = "platform.events.consumed";

	public static final String OUTBOX_BACKLOG = "platform.outbox.backlog";

	public static final String RELAY_FAILURES = "platform.outbox.relay.failures";

	public static final String DEAD_LETTERS = "platform.dlq.records";

	/** What became of one delivery of an event to a consumer. */
	public enum Outcome {

		/** The handler ran and returned. */
		HANDLED,
		/** The handler found the event applied before ({@link EventOutcome#duplicate()}). */
		DUPLICATE,
		/** The handler threw; the binder retries it, then dead-letters it. */
		FAILED,
		/** Retries exhausted or unreadable: sent to the dead-letter topic. */
		DEAD_LETTERED;

		String tag() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	private final MeterRegistry registry;

	private final Meter.MeterProvider<Counter> published;

	private final Meter.MeterProvider<Counter> consumed;

	private final Meter.MeterProvider<Counter> relayFailures;

	private final Meter.MeterProvider<Counter> deadLetters;

	/** The counters' names and descriptions are set once here; each call only adds its tags. */
	public PlatformMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.published = Counter.builder(PUBLISHED).description("Events the broker acknowledged").withRegistry(registry);
		this.consumed = Counter.builder(CONSUMED)
			.description("Event deliveries to this service's consumers, by outcome")
			.withRegistry(registry);
		this.relayFailures = Counter.builder(RELAY_FAILURES)
			.description("Outbox sends refused or not acknowledged in time; the event is retried")
			.withRegistry(registry);
		this.deadLetters = Counter.builder(DEAD_LETTERS)
			.description("Records sent to a dead-letter topic")
			.withRegistry(registry);
	}

	public void published(String type, String topic) {
		this.published.withTags("type", type, "topic", topic).increment();
	}

	public void consumed(String type, Outcome outcome) {
		this.consumed.withTags("type", type, "outcome", outcome.tag()).increment();
	}

	public void relayFailed(String collection) {
		this.relayFailures.withTags("collection", collection).increment();
	}

	public void deadLettered(String topic, String deadLetterTopic, String type) {
		this.deadLetters.withTags("topic", topic, "dlq", deadLetterTopic, "type", type).increment();
		consumed(type, Outcome.DEAD_LETTERED);
	}

	/** A gauge read at scrape time; {@code pending} must be cheap (an indexed count). */
	public void outboxBacklog(String collection, Supplier<Number> pending) {
		Gauge.builder(OUTBOX_BACKLOG, pending)
			.description("Aggregates with events waiting to be relayed")
			.tag("collection", collection)
			.register(this.registry);
	}

}
