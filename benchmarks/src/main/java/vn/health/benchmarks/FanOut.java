package vn.health.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.databind.json.JsonMapper;

import vn.health.contracts.EventType;
import vn.health.contracts.plan.PlanIssued;
import vn.health.testkit.ContractSamples;
import vn.health.testkit.KafkaTestClient;

/**
 * Fan-out: one {@code PlanIssued} to {@code units} units with {@code requirements} requirements each, from the
 * moment it is sent until every {@code ObligationCreated} is on {@code reporting.v1} (consumed, stored with its
 * outbox, relayed) — against producing and consuming the same number of events of the same size on a bare topic of
 * the same broker.
 */
final class FanOut {

	/** 40,000 obligations took 21 minutes on a 2-core machine shared with other builds (docs/benchmarks.md). */
	private static final Duration TIMEOUT = Duration.ofMinutes(40);

	private final JsonMapper json = JsonMapper.builder().build();

	Result run(ReportingStack stack, int units, int requirements) throws Exception {
		Kafka kafka = new Kafka(stack.kafka());
		int events = units * requirements;
		Duration raw = rawKafka(kafka, events);

		PlanIssued plan = BenchmarkPlan.fanOut(BenchmarkPlan.units(units), requirements);
		String snapshot = this.json.writeValueAsString(plan);
		try (Kafka.Tail obligations = kafka.tail(EventType.OBLIGATION_CREATED.topic());
				KafkaProducer<String, String> producer = kafka.producer()) {
			Instant sent = Instant.now();
			producer.send(KafkaTestClient.cloudEvent(EventType.PLAN_ISSUED, plan.planId(), snapshot)).get();
			Instant done = obligations.awaitMatching(events,
					Kafka.events(EventType.OBLIGATION_CREATED, plan.planId() + "."), TIMEOUT);
			return new Result(units, requirements, snapshot.length(), Duration.between(sent, done), raw);
		}
	}

	/** The same number of events, each the size of an {@code ObligationCreated}, through a bare topic. */
	private Duration rawKafka(Kafka kafka, int events) throws Exception {
		String topic = "benchmark.raw." + UUID.randomUUID();
		String payload = ContractSamples.json(EventType.OBLIGATION_CREATED);
		try (Kafka.Tail tail = kafka.tail(topic); KafkaProducer<String, String> producer = kafka.producer()) {
			Instant start = Instant.now();
			CompletableFuture<Instant> consumed = CompletableFuture
				.supplyAsync(() -> tail.awaitMatching(events, (record) -> true, TIMEOUT));
			for (int i = 0; i < events; i++) {
				ProducerRecord<String, String> event = KafkaTestClient.cloudEvent(EventType.OBLIGATION_CREATED,
						"raw." + i, payload);
				producer.send(new ProducerRecord<>(topic, null, event.key(), event.value(), event.headers()));
			}
			producer.flush();
			return Duration.between(start, consumed.get());
		}
	}

	/**
	 * @param snapshotBytes the size of the plan event, which grows with the number of units
	 */
	record Result(int units, int requirements, int snapshotBytes, Duration platform, Duration raw) {

		int obligations() {
			return this.units * this.requirements;
		}

		double platformPerSecond() {
			return perSecond(obligations(), this.platform);
		}

		double rawPerSecond() {
			return perSecond(obligations(), this.raw);
		}

		private static double perSecond(long count, Duration took) {
			return count * 1000.0 / Math.max(1, took.toMillis());
		}

	}

}
