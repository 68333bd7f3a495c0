package vn.health.servicekit.metrics;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import vn.health.contracts.EventType;
import vn.health.contracts.Topics;
import vn.health.servicekit.messaging.DeadLetterReplay;
import vn.health.testkit.KafkaTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A dead letter is listed without change, replayed once after the fix, and handled by the consumer. */
@MetricsApplicationTest
class DeadLetterReplayTests {

	private static final String DLQ = Topics.deadLetter(Topics.DIRECTORY_UNITS, MetricsApplication.GROUP);

	@Autowired
	Set<String> refusedNames;

	@Autowired
	Map<String, String> traceIdsByEvent;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrap;

	@Test
	void aDeadLetterIsListedThenReplayedOnceAfterTheFixAndHandled() throws Exception {
		String name = "refused-" + UUID.randomUUID();
		String unitId = "unit-" + UUID.randomUUID();
		String eventId = UUID.randomUUID().toString();
		this.refusedNames.add(name);
		KafkaTestClient kafka = new KafkaTestClient(this.bootstrap);
		kafka.send(KafkaTestClient.cloudEvent(EventType.UNIT_UPSERTED, unitId,
				"{\"unitId\":\"" + unitId + "\",\"name\":\"" + name + "\",\"type\":\"HOSPITAL\"}", eventId));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> !kafka.readUntil(DLQ, (records) -> records.stream().anyMatch((r) -> unitId.equals(r.key())),
					Duration.ofSeconds(5))
				.stream()
				.filter((r) -> unitId.equals(r.key()))
				.toList()
				.isEmpty());

		ByteArrayOutputStream listed = new ByteArrayOutputStream();
		assertThat(replay(listed).replay(DLQ, true)).isPositive();
		assertThat(listed.toString(StandardCharsets.UTF_8)).contains(eventId, EventType.UNIT_UPSERTED.typeName(),
				"-> " + Topics.DIRECTORY_UNITS, "A unit the consumer cannot take");
		assertThat(this.traceIdsByEvent).doesNotContainKey(eventId);

		this.refusedNames.remove(name);
		assertThat(replay(new ByteArrayOutputStream()).replay(DLQ, false)).isPositive();

		await().atMost(Duration.ofSeconds(30)).until(() -> this.traceIdsByEvent.containsKey(eventId));
		// Other tests' events still refused come back dead-lettered again; this one was replayed and stays handled.
		ByteArrayOutputStream again = new ByteArrayOutputStream();
		replay(again).replay(DLQ, false);
		assertThat(again.toString(StandardCharsets.UTF_8)).doesNotContain(eventId);
	}

	private DeadLetterReplay replay(ByteArrayOutputStream out) {
		return new DeadLetterReplay(this.bootstrap, new PrintStream(out, true, StandardCharsets.UTF_8));
	}

}
