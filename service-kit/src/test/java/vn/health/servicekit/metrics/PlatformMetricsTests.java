package vn.health.servicekit.metrics;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.EventType;
import vn.health.contracts.Topics;
import vn.health.servicekit.outbox.OutboxRelay;
import vn.health.testkit.KafkaTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@MetricsApplicationTest
class PlatformMetricsTests {

	private static final String TYPE = EventType.UNIT_UPSERTED.typeName();

	private static final String DLQ = Topics.deadLetter(Topics.DIRECTORY_UNITS, MetricsApplication.GROUP);

	@Autowired
	MongoTemplate mongo;

	@Autowired
	OutboxRelay relay;

	@Autowired
	MeterRegistry registry;

	@Autowired
	PlatformMetrics metrics;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@LocalServerPort
	int port;

	@Test
	void anEventRelayedAndConsumedMovesTheBacklogThePublishedAndTheHandledCounts() {
		double published = count(PlatformMetrics.PUBLISHED, "type", TYPE);
		double handled = consumed("handled");

		this.mongo.save(MetricsApplication.Unit.named("unit-" + UUID.randomUUID(), "Trạm Y tế xã Đồng Kỳ"));
		assertThat(backlog()).isGreaterThanOrEqualTo(1);

		this.relay.relayPending();

		assertThat(backlog()).isZero();
		assertThat(count(PlatformMetrics.PUBLISHED, "type", TYPE)).isEqualTo(published + 1);
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(consumed("handled")).isEqualTo(handled + 1));
	}

	@Test
	void aRedeliveredEventIsCountedAsADuplicate() {
		String unitId = "unit-" + UUID.randomUUID();
		String eventId = UUID.randomUUID().toString();
		double handled = consumed("handled");
		double duplicates = consumed("duplicate");

		kafka().send(unitEvent(unitId, "Trung tâm Y tế huyện Yên Thế", eventId));
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(consumed("handled")).isEqualTo(handled + 1));
		kafka().send(unitEvent(unitId, "Trung tâm Y tế huyện Yên Thế", eventId));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(consumed("duplicate")).isEqualTo(duplicates + 1));
		assertThat(consumed("handled")).isEqualTo(handled + 1);
	}

	@Test
	void anEventTheConsumerRefusesIsRetriedThenDeadLetteredAndCounted() {
		double failed = consumed("failed");
		double deadLettered = consumed("dead_lettered");
		double dlqRecords = count(PlatformMetrics.DEAD_LETTERS, "dlq", DLQ);
		String eventId = UUID.randomUUID().toString();

		kafka().send(unitEvent("unit-" + UUID.randomUUID(), MetricsApplication.POISON, eventId));

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(count(PlatformMetrics.DEAD_LETTERS, "dlq", DLQ)).isEqualTo(dlqRecords + 1));
		assertThat(consumed("dead_lettered")).isEqualTo(deadLettered + 1);
		assertThat(consumed("failed")).isEqualTo(failed + 3);
		List<ConsumerRecord<String, String>> dead = kafka().readUntil(DLQ,
				(records) -> records.stream().anyMatch((record) -> isEvent(record, eventId)), Duration.ofSeconds(30));
		assertThat(dead).anyMatch((record) -> isEvent(record, eventId));
	}

	@Test
	void thePlatformMetersAreScrapedAtTheActuatorPrometheusEndpoint() {
		this.mongo.save(MetricsApplication.Unit.named("unit-" + UUID.randomUUID(), "Bệnh viện Đa khoa tỉnh"));
		this.relay.relayPending();
		await().atMost(Duration.ofSeconds(30)).until(() -> consumed("handled") > 0);

		Scrape scrape = Scrape.of(this.port);

		assertThat(scrape.seriesNames()).contains("platform_events_published_total", "platform_events_consumed_total",
				"platform_outbox_backlog");
		assertThat(scrape.text()).contains("platform_outbox_backlog{application=\"metrics-test\",collection=\"metric_units\"}");
	}

	/**
	 * Every service-kit name the dashboard and alert rules query (infra/prometheus/metric-names.txt) is in a real
	 * scrape. A relay failure is recorded through the bean: the test broker cannot be made to refuse a send.
	 */
	@Test
	void everyServiceKitMetricTheDashboardAndAlertsQueryIsScraped() {
		anEventRelayedAndConsumedMovesTheBacklogThePublishedAndTheHandledCounts();
		anEventTheConsumerRefusesIsRetriedThenDeadLetteredAndCounted();
		this.metrics.relayFailed("metric_units");

		assertThat(Scrape.of(this.port).seriesNames())
			.containsAll(MonitoringFiles.knownNames().get("service-kit"));
	}

	private static boolean isEvent(ConsumerRecord<String, String> record, String eventId) {
		return eventId.equals(KafkaTestClient.header(record, CloudEventHeaders.ID));
	}

	private static org.apache.kafka.clients.producer.ProducerRecord<String, String> unitEvent(String unitId, String name,
			String eventId) {
		return KafkaTestClient.cloudEvent(EventType.UNIT_UPSERTED, unitId,
				"{\"unitId\":\"" + unitId + "\",\"name\":\"" + name + "\",\"type\":\"HOSPITAL\"}", eventId);
	}

	private KafkaTestClient kafka() {
		return new KafkaTestClient(this.bootstrap);
	}

	private double backlog() {
		return this.registry.get(PlatformMetrics.OUTBOX_BACKLOG).tag("collection", "metric_units").gauge().value();
	}

	private double consumed(String outcome) {
		return count(PlatformMetrics.CONSUMED, "type", TYPE, "outcome", outcome);
	}

	private double count(String name, String... tags) {
		var counter = this.registry.find(name).tags(tags).counter();
		return (counter != null) ? counter.count() : 0;
	}

}
