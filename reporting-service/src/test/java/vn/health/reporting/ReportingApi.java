package vn.health.reporting;

import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import vn.health.reporting.obligation.ActingUnit;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** reporting-service's HTTP API as a unit's browser or the console calls it. */
public final class ReportingApi {

	public static final Duration WAIT = Duration.ofSeconds(60);

	private final JsonHttp http;

	public ReportingApi(int port) {
		this.http = new JsonHttp("http://127.0.0.1:" + port);
	}

	public JsonHttp http() {
		return this.http;
	}

	public int obligationCount(String planId) {
		return this.http.get("/api/obligations?plan=" + planId).json().get("total").asInt();
	}

	public void awaitObligations(String planId, int count) {
		await().atMost(WAIT).until(() -> obligationCount(planId) == count);
	}

	public JsonNode obligation(String id) {
		JsonHttp.Response response = this.http.get("/api/obligations/" + id);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	public JsonHttp.Response submit(String id, String unitId, String json) {
		return this.http.post("/api/obligations/" + id + "/submissions", json, asUnit(unitId));
	}

	public JsonHttp.Response review(String id, String unitId, String json) {
		return this.http.post("/api/obligations/" + id + "/review", json, asUnit(unitId));
	}

	public static void assertProblem(JsonHttp.Response response, int status) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
	}

	public static void assertInvalid(JsonHttp.Response response, String field) {
		assertProblem(response, 400);
		assertThat(response.json().get("errors").valueStream().map((error) -> error.get("field").asString()))
			.contains(field);
	}

	private static Map<String, String> asUnit(String unitId) {
		return (unitId != null) ? Map.of(ActingUnit.HEADER, unitId) : Map.of();
	}

}
