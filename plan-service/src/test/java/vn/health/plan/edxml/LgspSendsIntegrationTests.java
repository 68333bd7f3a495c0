package vn.health.plan.edxml;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.plan.LgspStub;
import vn.health.plan.PlanServiceApi;
import vn.health.plan.PlanServiceTest;
import vn.health.servicekit.lgsp.LgspSweep;
import vn.health.testkit.JsonHttp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.status;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code POST /api/plans/{id}/lgsp-sends}: an issued plan's edXML package reaches the LGSP ({@link LgspStub}) exactly
 * once, whether the LGSP fails, hangs or is down for a while, and the status API tells how it went.
 */
@PlanServiceTest
class LgspSendsIntegrationTests {

	private static final String ACCESS_TOKEN = "lgsp-access-token";

	private static final Duration WAIT = Duration.ofSeconds(20);

	private final WireMockServer lgsp = LgspStub.server();

	@LocalServerPort
	int port;

	@Autowired
	LgspSweep sweep;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MeterRegistry meters;

	private PlanServiceApi api;

	@BeforeEach
	void anLgspThatGivesTokens() {
		this.api = new PlanServiceApi(this.port);
		this.lgsp.resetAll();
		this.lgsp.stubFor(post(LgspStub.TOKEN)
			.willReturn(okJson("{\"access_token\": \"" + ACCESS_TOKEN + "\", \"token_type\": \"Bearer\", \"expires_in\": 3600}")));
	}

	@Test
	void aPackageTheLgspRefusesThenHangsOnIsDeliveredOnceItRecovers() {
		String scenario = "outage-" + UUID.randomUUID();
		answer(scenario, STARTED, serviceUnavailable(), "failed once");
		answer(scenario, "failed once", serviceUnavailable(), "failed twice");
		answer(scenario, "failed twice", serviceUnavailable(), "hanging");
		answer(scenario, "hanging", status(504).withFixedDelay(1500), "recovered");
		answer(scenario, "recovered", okJson("{\"status\": \"received\"}"), "recovered");
		String plan = issuedPlan();

		JsonHttp.Response queued = this.api.http().post("/api/plans/" + plan + "/lgsp-sends", null);

		assertThat(queued.status()).as(queued.toString()).isEqualTo(202);
		String send = queued.json().get("id").asString();
		assertThat(queued.header("Location")).isEqualTo("/api/lgsp-sends/" + send);
		assertThat(queued.json().get("status").asString()).isEqualTo("QUEUED");
		assertThat(queued.json().get("subject").asString()).isEqualTo("plan:" + plan);
		JsonNode sent = awaitStatus(send, "SENT");
		assertThat(sent.get("attempts").asInt()).as(sent.toString()).isEqualTo(5);
		assertThat(sent.get("lastStatus").asInt()).isEqualTo(200);

		List<ServeEvent> attempts = attemptsOf(send);
		assertThat(attempts).hasSize(5);
		assertThat(attempts.stream().filter((attempt) -> attempt.getResponse().getStatus() / 100 == 2)).hasSize(1);
		String exported = this.api.http().get("/api/plans/" + plan + "/edxml").body();
		assertThat(attempts).allSatisfy((attempt) -> {
			assertThat(attempt.getRequest().getHeader("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
			assertThat(attempt.getRequest().getHeader("Content-Type")).startsWith("application/xml");
			assertThat(attempt.getRequest().getBodyAsString()).isEqualTo(exported).contains(plan + ".v1");
		});
		assertThat(this.lgsp.findAll(postRequestedFor(urlEqualTo(LgspStub.TOKEN))
			.withBasicAuth(new com.github.tomakehurst.wiremock.client.BasicCredentials(LgspStub.CLIENT_ID,
					LgspStub.CLIENT_SECRET))
			.withRequestBody(containing("grant_type=client_credentials")))).hasSizeLessThanOrEqualTo(1);
		assertThat(this.lgsp.findAll(postRequestedFor(urlEqualTo(LgspStub.TOKEN)))).hasSizeLessThanOrEqualTo(1);

		this.sweep.sendDue();
		assertThat(attemptsOf(send)).hasSize(5);
		assertThat(this.meters.find("resilience4j.circuitbreaker.state").tag("name", "lgsp").gauges()).isNotEmpty();
		JsonNode listed = this.api.http().get("/api/plans/" + plan + "/lgsp-sends").json();
		assertThat(listed.valueStream().map((each) -> each.get("id").asString())).containsExactly(send);
		Document stored = this.mongo.getCollection("lgsp_sends").find(new Document("_id", send)).first();
		assertThat(stored.getString("body")).as("recording an attempt keeps the stored package").isEqualTo(exported);
	}

	@Test
	void sendsQueuedWhileTheLgspIsDownAreAllDeliveredOnceWhenItComesBack() {
		this.lgsp.stubFor(post(LgspStub.DOCUMENTS).willReturn(serviceUnavailable()));
		String plan = issuedPlan();
		List<String> sends = Stream.generate(() -> this.api.http().post("/api/plans/" + plan + "/lgsp-sends", null))
			.limit(3)
			.peek((queued) -> assertThat(queued.status()).as(queued.toString()).isEqualTo(202))
			.map((queued) -> queued.json().get("id").asString())
			.toList();

		// Each tried in two sweeps at least; the breaker opens on the way, so the last error may be its refusal.
		await().atMost(WAIT).untilAsserted(() -> assertThat(sends).allSatisfy((send) -> {
			JsonNode status = this.api.http().get("/api/lgsp-sends/" + send).json();
			assertThat(status.get("status").asString()).isEqualTo("QUEUED");
			assertThat(status.get("attempts").asInt()).isGreaterThanOrEqualTo(4);
			assertThat(status.get("lastError").asString()).isNotBlank();
		}));
		assertThat(this.lgsp.getAllServeEvents()).filteredOn((event) -> event.getRequest().getUrl().equals(LgspStub.DOCUMENTS))
			.allSatisfy((event) -> assertThat(event.getResponse().getStatus()).isEqualTo(503));
		this.lgsp.stubFor(post(LgspStub.DOCUMENTS).willReturn(okJson("{\"status\": \"received\"}")));

		assertThat(sends).allSatisfy((send) -> {
			awaitStatus(send, "SENT");
			assertThat(attemptsOf(send).stream().filter((attempt) -> attempt.getResponse().getStatus() == 200))
				.hasSize(1);
		});
	}

	@Test
	void aPackageTheLgspRejectsIsFailedWithoutRetrying() {
		this.lgsp.stubFor(post(LgspStub.DOCUMENTS)
			.willReturn(aResponse().withStatus(422).withBody("{\"error\": \"DocumentId đã tồn tại\"}")));
		String plan = issuedPlan();

		String send = this.api.http().post("/api/plans/" + plan + "/lgsp-sends", null).json().get("id").asString();

		JsonNode failed = awaitStatus(send, "FAILED");
		assertThat(failed.get("attempts").asInt()).isEqualTo(1);
		assertThat(failed.get("lastStatus").asInt()).isEqualTo(422);
		assertThat(failed.get("lastError").asString()).contains("DocumentId đã tồn tại");
		assertThat(failed.get("nextAttemptAt").isNull()).isTrue();
		this.sweep.sendDue();
		assertThat(attemptsOf(send)).hasSize(1);
	}

	@Test
	void anUnknownDraftOrUnexportablePlanIsRefusedAndNothingIsQueued() {
		String cdc = this.api.unit("Trung tâm Kiểm soát bệnh tật " + UUID.randomUUID(), "PROVINCIAL_CDC");
		String draft = this.api.createdId(this.api.http().post("/api/plans", planJson(null, cdc)));
		long stored = this.mongo.getCollection("lgsp_sends").countDocuments();

		assertProblem(this.api.http().post("/api/plans/khong-co/lgsp-sends", null), 404);
		assertProblem(this.api.http().post("/api/plans/" + draft + "/lgsp-sends", null), 409);
		assertProblem(this.api.http().get("/api/plans/khong-co/lgsp-sends"), 404);
		assertProblem(this.api.http().get("/api/lgsp-sends/khong-co"), 404);
		assertThat(this.api.http().post("/api/plans/" + draft + "/issue", "{}").status()).isEqualTo(200);
		JsonHttp.Response withoutIssuer = this.api.http().post("/api/plans/" + draft + "/lgsp-sends", null);
		assertProblem(withoutIssuer, 422);
		assertThat(withoutIssuer.json().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.contains("MessageHeader.From.OrganId");
		assertThat(this.mongo.getCollection("lgsp_sends").countDocuments()).isEqualTo(stored);
		assertThat(this.lgsp.getAllServeEvents()).isEmpty();
	}

	private void answer(String scenario, String state,
			com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response, String next) {
		this.lgsp.stubFor(post(LgspStub.DOCUMENTS).inScenario(scenario)
			.whenScenarioStateIs(state)
			.willReturn(response)
			.willSetStateTo(next));
	}

	private JsonNode awaitStatus(String send, String status) {
		return await().atMost(WAIT)
			.until(() -> this.api.http().get("/api/lgsp-sends/" + send).json(),
					(json) -> status.equals(json.get("status").asString()));
	}

	private List<ServeEvent> attemptsOf(String send) {
		return this.lgsp.getAllServeEvents()
			.stream()
			.filter((event) -> event.getRequest().getUrl().equals(LgspStub.DOCUMENTS))
			.filter((event) -> send.equals(event.getRequest().getHeader("Idempotency-Key")))
			.toList();
	}

	/** An issued plan with an issuer and a number, so it exports as a package. */
	private String issuedPlan() {
		String issuer = this.api.unit("Sở Y tế tỉnh Bắc Giang " + UUID.randomUUID(), "DEPARTMENT_OF_HEALTH");
		String cdc = this.api.unit("Trung tâm Kiểm soát bệnh tật " + UUID.randomUUID(), "PROVINCIAL_CDC");
		String plan = this.api.createdId(this.api.http().post("/api/plans", planJson(issuer, cdc)));
		JsonHttp.Response issued = this.api.http().post("/api/plans/" + plan + "/issue", "{}");
		assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
		return plan;
	}

	private static String planJson(String issuer, String cdc) {
		return """
				{"number": "35/KH-SYT", "issuerUnitId": %s, "title": "Truyền thông phòng, chống bệnh lao năm 2025",
				 "year": 2025, "assignments": [{"assignee": "CDC", "unitIds": ["%s"], "task": "Mít tinh ngày 24/3"}]}"""
			.formatted((issuer != null) ? "\"" + issuer + "\"" : "null", cdc);
	}

	private static void assertProblem(JsonHttp.Response response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains(" / ");
	}

}
