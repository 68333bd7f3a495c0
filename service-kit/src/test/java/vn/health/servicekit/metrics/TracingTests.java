package vn.health.servicekit.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.otlp.OtlpTracingConnectionDetails;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.contracts.Topics;
import vn.health.servicekit.outbox.OutboxRelay;
import vn.health.testkit.KafkaTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A trace follows an event from the outbox relay's send to the consumer; nothing is exported without an endpoint. */
@MetricsApplicationTest
class TracingTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	OutboxRelay relay;

	@Autowired
	Map<String, String> traceIdsByEvent;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Test
	void withoutAnEndpointNoSpanIsExported() {
		assertThat(this.context.getBeanProvider(OtlpTracingConnectionDetails.class).getIfAvailable()).isNull();
	}

	@Test
	void theConsumerHandlesAnEventInTheTraceOfTheSendThatPublishedIt() {
		String unitId = "unit-" + UUID.randomUUID();
		MetricsApplication.Unit unit = MetricsApplication.Unit.named(unitId, "Trạm Y tế xã Tân Sỏi");
		String eventId = unit.pendingEvents().get(0).eventId();
		this.mongo.save(unit);

		this.relay.relayPending();

		List<ConsumerRecord<String, String>> records = new KafkaTestClient(this.bootstrap).readUntil(
				Topics.DIRECTORY_UNITS, (read) -> read.stream().anyMatch((record) -> unitId.equals(record.key())),
				Duration.ofSeconds(30));
		String traceparent = records.stream()
			.filter((record) -> unitId.equals(record.key()))
			.map((record) -> KafkaTestClient.header(record, "traceparent"))
			.findFirst()
			.orElseThrow();
		// W3C: version-traceid-spanid-flags
		String traceId = traceparent.split("-")[1];
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.traceIdsByEvent).containsEntry(eventId, traceId));
	}

}
