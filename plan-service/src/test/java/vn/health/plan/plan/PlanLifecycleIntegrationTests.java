package vn.health.plan.plan;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.health.plan.PlanServiceTest;
import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.EventType;
import vn.health.contracts.plan.PlanAmended;
import vn.health.contracts.plan.PlanRevoked;
import vn.health.plan.PlanServiceApi;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.plan.PlanServiceApi.assertProblem;
import static vn.health.testkit.KafkaTestClient.header;

/** Draft → edited → issued → amended → revoked through the API: one event per transition, every change in the history. */
@PlanServiceTest
class PlanLifecycleIntegrationTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	private PlanServiceApi api;

	private String cdc;

	private String district;

	@BeforeEach
	void directory() {
		this.api = new PlanServiceApi(this.port);
		this.cdc = this.api.unit("CDC tỉnh", "PROVINCIAL_CDC");
		this.district = this.api.unit("TTYT huyện Lục Ngạn", "DISTRICT_HEALTH_CENTRE");
	}

	@Test
	void aPlanGoesThroughItsLifeWithOneEventPerTransitionAndAFullHistory() {
		String id = this.api.createdId(this.api.as("nvy-tuan").post("/api/plans", plan("2024-06-20")));

		JsonHttp.Response edited = this.api.put("/api/plans/" + id, plan("2024-06-19"));
		assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
		assertThat(edited.json().get("requirements").get(0).get("dueDate").asString()).isEqualTo("2024-06-19");

		this.api.as("pgd-hieu").post("/api/plans/" + id + "/issue", null);
		assertThat(this.api.put("/api/plans/" + id, plan("2024-06-18")).status()).isEqualTo(409);

		JsonHttp.Response amended = this.api.http().post("/api/plans/" + id + "/amendments", """
				{"reason": "Bộ Y tế đề nghị nộp sớm hơn", "plan": %s}""".formatted(plan("2024-06-15")));
		assertThat(amended.status()).as(amended.toString()).isEqualTo(200);
		assertThat(amended.json().get("version").asInt()).isEqualTo(2);
		assertThat(amended.json().get("status").asString()).isEqualTo("ISSUED");

		JsonHttp.Response revoked = this.api.http().post("/api/plans/" + id + "/revoke", """
				{"reason": "Thay bằng kế hoạch khác"}""");
		assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
		assertThat(this.api.http().post("/api/plans/" + id + "/revoke", "{\"reason\": \"lần nữa\"}").status())
			.isEqualTo(409);

		List<ConsumerRecord<String, String>> events = this.api.planEvents(id, 3);
		assertThat(events).extracting((event) -> header(event, CloudEventHeaders.TYPE))
			.containsExactly("vn.health.plan.issued", "vn.health.plan.amended", "vn.health.plan.revoked");
		PlanAmended amendment = this.json.readValue(events.get(1).value(), PlanAmended.class);
		assertThat(amendment.version()).isEqualTo(2);
		assertThat(amendment.changed()).containsExactly("requirements");
		assertThat(amendment.reason()).isEqualTo("Bộ Y tế đề nghị nộp sớm hơn");
		assertThat(amendment.requirements().get(0).dueDate()).hasToString("2024-06-15");
		assertThat(amendment.requirements().get(0).reporterUnitIds()).containsExactly(this.district);
		PlanRevoked revocation = this.json.readValue(events.get(2).value(), PlanRevoked.class);
		assertThat(revocation.version()).isEqualTo(2);

		JsonNode history = this.api.http().get("/api/plans/" + id + "/history").json();
		assertThat(history.valueStream().map((entry) -> entry.get("change").asString()))
			.containsExactly("CREATED", "EDITED", "ISSUED", "AMENDED", "REVOKED");
		assertThat(history.get(0).get("by").asString()).isEqualTo("nvy-tuan");
		assertThat(history.get(1).get("by").asString()).isEqualTo(PlanServiceApi.ADMIN);
		assertThat(history.get(1).get("changed").get(0).asString()).isEqualTo("requirements");
		assertThat(history.get(2).get("by").asString()).isEqualTo("pgd-hieu");
		assertThat(history.get(3).get("reason").asString()).isEqualTo("Bộ Y tế đề nghị nộp sớm hơn");
		assertThat(history.get(4).get("version").asInt()).isEqualTo(2);
	}

	@Test
	void aDraftIsNeitherAmendedNorRevoked() {
		String id = this.api.createdId(this.api.http().post("/api/plans", plan("2024-06-20")));

		assertThat(this.api.http().post("/api/plans/" + id + "/amendments", """
				{"reason": "Sửa", "plan": %s}""".formatted(plan("2024-06-15"))).status()).isEqualTo(409);
		assertThat(this.api.http().post("/api/plans/" + id + "/revoke", "{\"reason\": \"Sai\"}").status())
			.isEqualTo(409);
		assertThat(this.api.planEvents(id, 1, Duration.ofSeconds(2))).isEmpty();
	}

	@Test
	void anAmendmentNeedsAReasonThePlanAndAChange() {
		String id = this.api.createdId(this.api.http().post("/api/plans", plan("2024-06-20")));
		this.api.http().post("/api/plans/" + id + "/issue", null);

		assertProblem(this.api.http().post("/api/plans/" + id + "/amendments", """
				{"reason": " ", "plan": %s}""".formatted(plan("2024-06-15"))), "reason");
		assertProblem(this.api.http().post("/api/plans/" + id + "/amendments", "{\"reason\": \"Sửa\"}"), "plan");
		assertProblem(this.api.http().post("/api/plans/" + id + "/amendments", """
				{"reason": "Không đổi gì", "plan": %s}""".formatted(plan("2024-06-20"))), "plan");
		assertProblem(this.api.http().post("/api/plans/" + id + "/amendments", """
				{"reason": "Sửa năm sai", "plan": %s}""".formatted(plan("2022-06-20"))), "requirements[0].dueDate");
		assertProblem(this.api.http().post("/api/plans/" + id + "/revoke", "{}"), "reason");

		assertThat(this.api.http().get("/api/plans/" + id).json().get("version").asInt()).isEqualTo(1);
		assertThat(this.api.http().get("/api/plans/" + id + "/history").json()).hasSize(2);
	}

	@Test
	void everyVersionIsReadableAsItWasAndAClosedPlanChangesNoMore() {
		String id = this.api.createdId(this.api.http().post("/api/plans", plan("2024-06-20")));
		this.api.as("pgd-hieu").post("/api/plans/" + id + "/issue", null);
		this.api.as("pgd-son").post("/api/plans/" + id + "/amendments", """
				{"reason": "Nộp sớm hơn", "plan": %s}""".formatted(plan("2024-06-15")));

		JsonNode first = this.api.http().get("/api/plans/" + id + "/versions/1").json();
		assertThat(first.get("current").asBoolean()).isFalse();
		assertThat(first.get("by").asString()).isEqualTo("pgd-hieu");
		assertThat(first.get("content").get("requirements").get(0).get("dueDate").asString()).isEqualTo("2024-06-20");
		assertThat(first.get("content").get("requirements").get(0).get("resolvedReporterUnitIds").get(0).asString())
			.isEqualTo(this.district);
		JsonNode second = this.api.http().get("/api/plans/" + id + "/versions/2").json();
		assertThat(second.get("current").asBoolean()).isTrue();
		assertThat(second.get("reason").asString()).isEqualTo("Nộp sớm hơn");
		assertThat(second.get("changed").get(0).asString()).isEqualTo("requirements");
		assertThat(second.get("content").get("requirements").get(0).get("dueDate").asString()).isEqualTo("2024-06-15");
		assertThat(this.api.http().get("/api/plans/" + id + "/versions").json().valueStream()
			.map((version) -> version.get("by").asString())).containsExactly("pgd-hieu", "pgd-son");
		assertThat(this.api.http().get("/api/plans/" + id + "/versions/3").status()).isEqualTo(404);

		JsonHttp.Response closed = this.api.as("pgd-hieu").post("/api/plans/" + id + "/close", """
				{"reason": "Hết năm kế hoạch"}""");
		assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
		assertThat(closed.json().get("status").asString()).isEqualTo("CLOSED");
		assertThat(this.api.http().post("/api/plans/" + id + "/amendments", """
				{"reason": "Sửa", "plan": %s}""".formatted(plan("2024-06-10"))).status()).isEqualTo(409);
		assertThat(this.api.http().post("/api/plans/" + id + "/close", null).status()).isEqualTo(409);
		JsonNode last = this.api.http().get("/api/plans/" + id + "/history").json().get(3);
		assertThat(last.get("change").asString()).isEqualTo("CLOSED");
		assertThat(last.get("by").asString()).isEqualTo("pgd-hieu");
		assertThat(last.get("reason").asString()).isEqualTo("Hết năm kế hoạch");
		assertThat(this.api.planEvents(id, 4, Duration.ofSeconds(3))
			.stream()
			.map((event) -> header(event, CloudEventHeaders.TYPE)))
			.containsExactly(EventType.PLAN_ISSUED.typeName(), EventType.PLAN_AMENDED.typeName(),
					EventType.PLAN_CLOSED.typeName());
	}

	@Test
	void warningsAreShownWithThePlanAndDoNotBlockIssuing() {
		JsonHttp.Response draft = this.api.http().post("/api/plans", plan("2024-06-20"));
		String id = this.api.createdId(draft);

		assertThat(draft.json().get("warnings").valueStream().map((warning) -> warning.get("field").asString()))
			.contains("number", "requirements[0].indicators");
		assertThat(draft.json().get("warnings").get(0).get("messageEn").asString()).isNotBlank();
		JsonHttp.Response issued = this.api.http().post("/api/plans/" + id + "/issue", null);
		assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
		assertThat(this.api.http().get("/api/plans/" + id).json().get("warnings")).isNotEmpty();
	}

	@Test
	void unknownPlansAreNotFound() {
		assertThat(this.api.put("/api/plans/no-such-plan", plan("2024-06-20")).status()).isEqualTo(404);
		assertThat(this.api.http().post("/api/plans/no-such-plan/revoke", "{\"reason\": \"x\"}").status())
			.isEqualTo(404);
		assertThat(this.api.http().get("/api/plans/no-such-plan/history").status()).isEqualTo(404);
		assertThat(this.api.http().post("/api/plans/no-such-plan/close", null).status()).isEqualTo(404);
		assertThat(this.api.http().get("/api/plans/no-such-plan/versions/1").status()).isEqualTo(404);
	}

	private String plan(String dueDate) {
		return """
				{"number": "/KH-SYT", "title": "Kế hoạch truyền thông y tế năm 2024", "year": 2024,
				 "requirements": [{"title": "Báo cáo 6 tháng", "dueDate": "%s", "dueRule": "BEFORE_DAY",
				                   "reporterUnitIds": ["%s"], "recipientUnitId": "%s"}]}"""
			.formatted(dueDate, this.district, this.cdc);
	}

}
