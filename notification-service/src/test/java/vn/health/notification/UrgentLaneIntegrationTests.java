package vn.health.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binder.Binding;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.data.mongodb.core.query.Query;

import vn.health.contracts.EventType;
import vn.health.contracts.Topics;
import vn.health.notification.delivery.Channel;
import vn.health.notification.delivery.Delivery;
import vn.health.notification.inbox.InboxEntry;
import vn.health.servicekit.metrics.PlatformMetrics;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Escalations are read from {@code reporting.v1} by a consumer group of their own: a deadline burst of overdue alerts
 * ahead of one on its partition does not hold it back, and every event is still handled by one group, once.
 */
class UrgentLaneIntegrationTests extends IntegrationTestSupport {

	private static final int BACKLOG = 300;

	/** One consumer thread records the partition's backlog; on a busy two-core machine that takes a while. */
	private static final Duration BACKLOG_RECORDED = Duration.ofMinutes(5);

	private static final String ORDINARY_BINDING = "alertReporting-in-0";

	@Autowired
	private BindingsLifecycleController bindings;

	@Autowired
	private MeterRegistry meters;

	/**
	 * The ordinary binding is held while the backlog and then the escalation are published on one partition: in one
	 * group the escalation could only be handled after the backlog, so its e-mail arriving while none of the backlog
	 * is recorded shows it no longer waits for it, whatever the machine's speed.
	 */
	@Test
	void anEscalationBehindABacklogOfOverdueAlertsIsDeliveredBeforeTheBacklogAndNothingTwice() {
		String crowded = SharedInfrastructure.uniqueName("tyt-crowded");
		String supervisor = SharedInfrastructure.uniqueName("ttyt-supervisor");
		String late = SharedInfrastructure.uniqueName("tyt-late");
		publishUnit(crowded, crowded + "@demo.syt.vn");
		choose(crowded, "[\"INBOX\"]", "0912345678");
		publishUnit(supervisor, supervisor + "@demo.syt.vn");
		publishUnit(late, late + "@demo.syt.vn", supervisor);
		List<ProducerRecord<String, String>> backlog = IntStream.range(0, BACKLOG)
			.mapToObj((i) -> onFirstPartition(overdue(crowded)))
			.toList();
		ProducerRecord<String, String> escalated = onFirstPartition(escalated(late, supervisor));
		await().atMost(BROKER).until(() -> caughtUp(Topics.REPORTING));
		double overdueBefore = consumed(EventType.REPORT_OVERDUE);
		double escalatedBefore = consumed(EventType.REPORT_ESCALATED);

		holdOrdinaryBinding();
		try {
			List<ProducerRecord<String, String>> inOrder = new ArrayList<>(backlog);
			inOrder.add(escalated);
			sendInOrder(inOrder);
			await().atMost(BROKER).until(() -> emailsTo(supervisor + "@demo.syt.vn").size() == 1);
			assertThat(inboxCountOf(crowded)).isZero();
		}
		finally {
			this.bindings.resume(ORDINARY_BINDING);
		}
		await().atMost(BACKLOG_RECORDED).until(() -> inboxCountOf(crowded), (recorded) -> recorded == BACKLOG);
		await().atMost(BROKER).until(() -> caughtUp(Topics.REPORTING));

		assertThat(emailsTo(supervisor + "@demo.syt.vn")).hasSize(1);
		assertThat(emailsTo(late + "@demo.syt.vn")).hasSize(1);
		assertThat(inboxEntriesOf(eventId(escalated))).extracting(InboxEntry::unitId)
			.containsExactlyInAnyOrder(supervisor, late);
		assertThat(this.deliveries.findByRecipientUnitId(supervisor)).extracting(Delivery::channel)
			.containsExactlyInAnyOrder(Channel.INBOX, Channel.EMAIL);
		assertThat(this.mongo.findDistinct(new Query(where("unitId").is(crowded)), "eventId", InboxEntry.class,
				String.class))
			.containsExactlyInAnyOrderElementsOf(backlog.stream().map(IntegrationTestSupport::eventId).toList());
		// Each event was handled by one group only: the other skipped it without counting it
		assertThat(consumed(EventType.REPORT_OVERDUE) - overdueBefore).isEqualTo(BACKLOG);
		assertThat(consumed(EventType.REPORT_ESCALATED) - escalatedBefore).isEqualTo(1);
	}

	@Test
	void aMalformedEscalationIsDeadLetteredOnceByTheUrgentGroup() {
		String late = SharedInfrastructure.uniqueName("tyt-poison");
		ProducerRecord<String, String> poison = KafkaTestClient.cloudEvent(EventType.REPORT_ESCALATED, late,
				"{\"obligationId\": ");
		String deadLetters = Topics.deadLetter(Topics.REPORTING, GROUP);

		this.kafka.send(poison);
		await().atMost(BROKER).until(() -> caughtUp(Topics.REPORTING));

		List<ConsumerRecord<String, String>> dead = this.kafka.readUntil(deadLetters,
				(read) -> read.stream().anyMatch(withEventId(eventId(poison))), BROKER);
		assertThat(dead).filteredOn(withEventId(eventId(poison))).hasSize(1);
	}

	@Test
	void consumerLagIsMeasuredForBothGroupsOfTheTopic() {
		assertThat(this.meters.find("spring.cloud.stream.binder.kafka.offset").tag("topic", Topics.REPORTING).gauges())
			.extracting((gauge) -> gauge.getId().getTag("group"))
			.contains(GROUP, URGENT_GROUP);
	}

	/** Paused, not stopped: the binding keeps its partitions, so no rebalance hands them to anyone else. */
	private void holdOrdinaryBinding() {
		this.bindings.pause(ORDINARY_BINDING);
		await().atMost(BROKER)
			.until(() -> this.bindings.queryState(ORDINARY_BINDING).stream().allMatch(Binding::isPaused));
	}

	/** One producer, acknowledged in order: the partition holds them as listed. */
	private static void sendInOrder(List<ProducerRecord<String, String>> records) {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.get().kafkaBootstrap(),
						ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1),
				new StringSerializer(), new StringSerializer())) {
			List<Future<?>> sent = records.stream().<Future<?>>map(producer::send).toList();
			for (Future<?> send : sent) {
				send.get();
			}
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Could not send to " + Topics.REPORTING, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static ProducerRecord<String, String> onFirstPartition(ProducerRecord<String, String> record) {
		return new ProducerRecord<>(record.topic(), 0, record.key(), record.value(), record.headers());
	}

	private long inboxCountOf(String unit) {
		return this.mongo.count(new Query(where("unitId").is(unit)), InboxEntry.class);
	}

	/** Deliveries of {@code type} to this service's consumers, whatever their outcome. */
	private double consumed(EventType type) {
		return this.meters.find(PlatformMetrics.CONSUMED)
			.tag("type", type.typeName())
			.counters()
			.stream()
			.mapToDouble(Counter::count)
			.sum();
	}

}
