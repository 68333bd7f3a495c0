package vn.health.plan;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.Topics;
import vn.health.testkit.JsonHttp;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.plan.PlanServiceApi.assertProblem;
import static vn.health.testkit.KafkaTestClient.header;

@PlanServiceTest
class PlanServiceIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	private final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrap());

	private JsonHttp http() {
		return new PlanServiceApi(this.port).http();
	}

	@Test
	void registeringAUnitPublishesItOnTheCompactedDirectoryTopicWithTheRequestsCorrelationId() {
		String correlationId = "test-" + UUID.randomUUID();
		JsonHttp.Response created = http().post("/api/units", """
				{"name": "Trung tâm Y tế huyện Yên Thế", "type": "DISTRICT_HEALTH_CENTRE",
				 "email": "ttyt.yenthe@example.vn"}""", Map.of("X-Correlation-Id", correlationId));

		assertThat(created.status()).as(created.toString()).isEqualTo(201);
		String unitId = created.json().get("id").asString();
		assertThat(http().get("/api/units/" + unitId).json().get("name").asString())
			.isEqualTo("Trung tâm Y tế huyện Yên Thế");

		ConsumerRecord<String, String> event = awaitEvent(Topics.DIRECTORY_UNITS, unitId);
		assertThat(header(event, CloudEventHeaders.TYPE)).isEqualTo("vn.health.directory.unit.upserted");
		assertThat(header(event, CloudEventHeaders.SOURCE)).isEqualTo("/plan-service");
		assertThat(header(event, CloudEventHeaders.CORRELATION_ID)).isEqualTo(correlationId);
		assertThat(event.value()).contains("ttyt.yenthe@example.vn");
	}

	@Test
	void issuingADraftPublishesPlanIssuedOnceAndASecondIssueIsAConflict() {
		String cdc = unit("CDC tỉnh", "PROVINCIAL_CDC");
		String district = unit("TTYT huyện Tân Yên", "DISTRICT_HEALTH_CENTRE");
		JsonHttp.Response draft = http().post("/api/plans", plan(List.of(district), cdc, "2024-06-15"));
		assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
		assertThat(draft.json().get("status").asString()).isEqualTo("DRAFT");
		String planId = draft.json().get("id").asString();

		JsonHttp.Response issued = http().post("/api/plans/" + planId + "/issue", null);
		JsonHttp.Response again = http().post("/api/plans/" + planId + "/issue", null);

		assertThat(issued.json().get("status").asString()).isEqualTo("ISSUED");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		ConsumerRecord<String, String> event = awaitEvent(Topics.PLANS, planId);
		assertThat(header(event, CloudEventHeaders.TYPE)).isEqualTo("vn.health.plan.issued");
		assertThat(event.value()).contains("\"dueDate\":\"2024-06-15\"", district, "\"dueRule\":\"BEFORE_DAY\"");
		List<ConsumerRecord<String, String>> all = this.kafka.readUntil(Topics.PLANS,
				(records) -> false, Duration.ofSeconds(2));
		assertThat(all).filteredOn((record) -> planId.equals(record.key())).hasSize(1);
	}

	@Test
	void badPlansAreRefusedWithFieldProblemsAndNothingIsStored() {
		String cdc = unit("CDC tỉnh", "PROVINCIAL_CDC");
		String district = unit("TTYT huyện Lục Nam", "DISTRICT_HEALTH_CENTRE");
		long before = this.mongo.getCollection("plans").countDocuments();
		long unitsBefore = this.mongo.getCollection("units").countDocuments();

		assertProblem(http().post("/api/plans", "{ not json"), "");
		assertProblem(http().post("/api/plans", plan(List.of(district), cdc, "2024-13-45")), "requirements[0].dueDate");
		assertProblem(http().post("/api/plans", plan(List.of(district), cdc, "2023-06-15")), "requirements[0].dueDate");
		assertProblem(http().post("/api/plans", plan(List.of("no-such-unit"), cdc, "2024-06-15")),
				"requirements[0].reporterUnitIds");
		assertProblem(http().post("/api/plans", plan(List.of(" "), cdc, "2024-06-15")), "requirements[0].reporterUnitIds");
		assertProblem(http().post("/api/plans", plan(List.of(district), "no-such-unit", "2024-06-15")),
				"requirements[0].recipientUnitId");
		assertProblem(http().post("/api/plans", """
				{"number": "91/KH-SYT", "year": 1990, "requirements": [null]}"""), "title", "year", "requirements[0]");
		assertProblem(http().post("/api/units", """
				{"name": "", "type": "NO_SUCH_TYPE"}"""), "type");
		assertProblem(http().post("/api/units", """
				{"name": " ", "type": "HOSPITAL", "email": "not-an-address", "parentId": "missing"}"""),
				"name", "email", "parentId");

		assertThat(this.mongo.getCollection("plans").countDocuments()).isEqualTo(before);
		assertThat(this.mongo.getCollection("units").countDocuments()).isEqualTo(unitsBefore);
		assertThat(http().post("/api/plans/no-such-plan/issue", null).status()).isEqualTo(404);
		assertProblem(http().get("/api/plans?size=0"), "size");
	}

	private String unit(String name, String type) {
		return new PlanServiceApi(this.port).unit(name, type);
	}

	private static String plan(List<String> reporters, String recipient, String dueDate) {
		String reporterJson = reporters.stream().map((id) -> "\"" + id + "\"").reduce((a, b) -> a + "," + b).orElse("");
		return """
				{"number": "91/KH-SYT", "title": "Kế hoạch truyền thông y tế năm 2024", "year": 2024,
				 "requirements": [{"title": "Báo cáo 6 tháng", "dueDate": "%s", "dueRule": "BEFORE_DAY",
				                   "reporterUnitIds": [%s], "recipientUnitId": "%s"}]}"""
			.formatted(dueDate, reporterJson, recipient);
	}

	private ConsumerRecord<String, String> awaitEvent(String topic, String key) {
		List<ConsumerRecord<String, String>> records = this.kafka.readUntil(topic,
				(read) -> read.stream().anyMatch((record) -> key.equals(record.key())), WAIT);
		return records.stream()
			.filter((record) -> key.equals(record.key()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No event for " + key + " on " + topic));
	}

}
