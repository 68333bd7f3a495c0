package vn.health.reporting;

import java.time.Duration;

import tools.jackson.databind.JsonNode;

import vn.health.testkit.JsonHttp;
import vn.health.testkit.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** reporting-service's HTTP API as a unit's browser or the console calls it. */
public final class ReportingApi {

	public static final Duration WAIT = Duration.ofSeconds(60);

	private final String baseUrl;

	private final JsonHttp http;

	public ReportingApi(int port) {
		this.baseUrl = "http://127.0.0.1:" + port;
		this.http = new JsonHttp(this.baseUrl).withBearer(adminToken());
	}

	/** An administrator of the Sở ({@code syt}): reads everything and runs the sweeps. */
	public static String adminToken() {
		return TestTokens.get().forUser("syt", "PROVINCE_ADMIN");
	}

	/** As the default caller, {@link #adminToken()}. */

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

	/**
	 * A signed-in user of the unit, officer and coordinator like the demo users of the district centres and
	 * CDC: it submits its own reports and reviews those sent to it; {@code null}: no token at all.
	 */
	public JsonHttp as(String unitId) {
		JsonHttp anonymous = new JsonHttp(this.baseUrl);
		return (unitId != null) ? anonymous.withBearer(TestTokens.get().forUser(unitId, "UNIT_OFFICER", "COORDINATOR"))
				: anonymous;
	}

	public JsonHttp.Response submit(String id, String unitId, String json) {
		return as(unitId).post("/api/obligations/" + id + "/submissions", json);
	}

	public JsonHttp.Response review(String id, String unitId, String json) {
		return as(unitId).post("/api/obligations/" + id + "/review", json);
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

}
