package vn.health.reporting;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.health.contracts.EventType;
import vn.health.contracts.Topics;
import vn.health.testkit.JsonHttp;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ReportingServiceIntegrationTests extends IntegrationTestSupport {

	private static final Duration WAIT = Duration.ofSeconds(60);

	private JsonHttp http() {
		return api().http();
	}

	@Test
	void anIssuedPlanCreatesOneObligationPerReporterAndARedeliveryCreatesNothingNew() {
		String planId = UUID.randomUUID().toString();
		ProducerRecord<String, String> issued = PlanSamples.issued(planId);

		this.kafka.send(issued);
		await().atMost(WAIT).until(() -> obligationCount(planId) == 2);
		this.kafka.send(issued);
		this.kafka.send(PlanSamples.issued(planId));
		String marker = UUID.randomUUID().toString();
		this.kafka.send(PlanSamples.issued(marker));
		await().atMost(WAIT).until(() -> obligationCount(marker) == 2);

		assertThat(obligationCount(planId)).isEqualTo(2);
		JsonHttp.Response one = http().get("/api/obligations/" + planId + ".r1.ttyt-yen-the");
		assertThat(one.json().get("status").asString()).isEqualTo("OPEN");
		assertThat(one.json().get("dueAt").asString()).isEqualTo("2024-06-19T17:00:00Z");
	}

	/** plans.v1 has three partitions as in production; a dead letter from any of them must arrive. */
	@BeforeAll
	static void plansTopicHasSeveralPartitions() {
		new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrap()).createTopic(Topics.PLANS, 3);
	}

	@Test
	void aMalformedPlanEventFromAnyPartitionGoesToTheDeadLetterTopicAndTheConsumerKeepsGoing() {
		List<String> poisonKeys = new ArrayList<>();
		for (int partition = 0; partition < 3; partition++) {
			String key = "poison-" + UUID.randomUUID();
			ProducerRecord<String, String> poison = KafkaTestClient.cloudEvent(EventType.PLAN_ISSUED, key, "{ not json");
			this.kafka.send(new ProducerRecord<>(poison.topic(), partition, key, poison.value(), poison.headers()));
			poisonKeys.add(key);
		}
		String planId = UUID.randomUUID().toString();
		this.kafka.send(PlanSamples.issued(planId));

		await().atMost(WAIT).until(() -> obligationCount(planId) == 2);
		List<ConsumerRecord<String, String>> dead = this.kafka.readUntil(
				Topics.deadLetter(Topics.PLANS, "reporting-service"),
				(records) -> records.stream().map(ConsumerRecord::key).toList().containsAll(poisonKeys), WAIT);
		assertThat(dead).filteredOn((record) -> poisonKeys.contains(record.key()))
			.hasSize(3)
			.allSatisfy((record) -> assertThat(KafkaTestClient.header(record, "x-exception-message"))
				.contains("malformed"));
	}

	@Test
	void badQueriesAreProblemsWithTheFieldNamed() {
		assertProblem(http().post("/api/admin/sweeps/overdue?asOf=yesterday", null), "asOf");
		assertProblem(http().post("/api/admin/sweeps/overdue?asOf=2030-01-01T00:00:00%2B07:00", null), "asOf");
		assertProblem(http().get("/api/obligations?status=LATE"), "status");
		assertProblem(http().get("/api/obligations?size=1000"), "size");
		JsonHttp.Response missing = http().get("/api/obligations/no-such-obligation");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).startsWith("application/problem+json");
	}

	private static void assertProblem(JsonHttp.Response response, String field) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

	private int obligationCount(String planId) {
		return http().get("/api/obligations?plan=" + planId).json().get("total").asInt();
	}

}
