package vn.health.plan;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.health.testkit.JsonHttp;
import vn.health.testkit.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Who may do what in plan-service: every endpoint × role × the caller's own or another unit, with the
 * status it must answer. Reads are for every signed-in role, drafts only for the Sở's administrators;
 * writes are PROVINCE_ADMIN's, edXML packages also arrive from machine clients (INTEGRATION), who may also send
 * plans to the LGSP and read how the sends went. An
 * allowed write is sent with an empty body, so it answers 400 (or 404 for a plan that does not exist)
 * and changes nothing: the status proves the request got past the access check, and no further.
 */
@PlanServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanServiceSecurityMatrixTests {

	/** Uploads (POST): without a file part they answer 400 once the caller is allowed. */
	private static final Set<String> MULTIPART = Set.of("/api/plans/import", "/api/plans/{issued}/attachments",
			"/api/units/import", "/api/integration/edxml");

	@LocalServerPort
	int port;

	private PlanServiceApi api;

	private Map<String, String> ids;

	@BeforeAll
	void aDraftAnIssuedPlanAndTwoUnits() {
		this.api = new PlanServiceApi(this.port);
		String own = this.api.unit("Trung tâm Y tế huyện Yên Thế", "DISTRICT_HEALTH_CENTRE");
		String other = this.api.unit("Trung tâm Y tế huyện Tân Yên", "DISTRICT_HEALTH_CENTRE");
		String plan = """
				{"number": "12/KH-SYT", "title": "Kế hoạch truyền thông phòng, chống sốt xuất huyết", "year": 2024,
				 "requirements": [{"title": "Báo cáo quý II", "dueDate": "2024-06-20", "dueRule": "BEFORE_DAY",
				   "reporterUnitIds": ["%s"], "recipientUnitId": "%s"}]}""".formatted(own, other);
		String draft = this.api.createdId(this.api.http().post("/api/plans", plan));
		String issued = this.api.createdId(this.api.http().post("/api/plans", plan));
		assertThat(this.api.http().post("/api/plans/" + issued + "/issue", null).status()).isEqualTo(200);
		this.ids = Map.of("{own}", own, "{other}", other, "{draft}", draft, "{issued}", issued, "{missing}",
				"khong-co-ke-hoach");
	}

	static Stream<Arguments> matrix() {
		return Stream.of(
				// reads: any signed-in role, own or other unit
				arguments("GET", "/api/plans", "NONE", "own", 401),
				arguments("GET", "/api/plans", "VIEWER", "other", 200),
				arguments("GET", "/api/plans/{issued}", "UNIT_OFFICER", "own", 200),
				arguments("GET", "/api/plans/{issued}", "UNIT_OFFICER", "other", 200),
				arguments("GET", "/api/plans/{issued}", "NONE", "own", 401),
				arguments("GET", "/api/plans/{issued}/history", "VIEWER", "other", 200),
				arguments("GET", "/api/plans/{issued}/versions", "COORDINATOR", "other", 200),
				arguments("GET", "/api/plans/{issued}/versions/1", "INTEGRATION", "other", 200),
				arguments("GET", "/api/plans/{issued}/attachments", "UNIT_OFFICER", "own", 200),
				arguments("GET", "/api/units", "UNIT_OFFICER", "own", 200),
				arguments("GET", "/api/units", "NONE", "own", 401),
				arguments("GET", "/api/units/{own}", "UNIT_OFFICER", "own", 200),
				arguments("GET", "/api/units/{own}", "UNIT_OFFICER", "other", 200),
				arguments("GET", "/api/units/{own}/history", "VIEWER", "other", 200),
				// drafts: the Sở's work in progress
				arguments("GET", "/api/plans/{draft}", "PROVINCE_ADMIN", "other", 200),
				arguments("GET", "/api/plans/{draft}", "COORDINATOR", "other", 403),
				arguments("GET", "/api/plans/{draft}", "UNIT_OFFICER", "own", 403),
				arguments("GET", "/api/plans/{draft}/history", "VIEWER", "other", 403),
				arguments("GET", "/api/plans/{draft}/versions", "INTEGRATION", "other", 403),
				arguments("GET", "/api/plans/{draft}/versions/1", "UNIT_OFFICER", "own", 403),
				arguments("GET", "/api/plans/{draft}/attachments", "COORDINATOR", "own", 403),
				arguments("GET", "/api/plans/{draft}/edxml", "UNIT_OFFICER", "own", 403),
				// plan writes: PROVINCE_ADMIN
				arguments("POST", "/api/plans", "PROVINCE_ADMIN", "own", 400),
				arguments("POST", "/api/plans", "COORDINATOR", "own", 403),
				arguments("POST", "/api/plans", "UNIT_OFFICER", "own", 403),
				arguments("POST", "/api/plans", "INTEGRATION", "own", 403),
				arguments("POST", "/api/plans", "VIEWER", "own", 403),
				arguments("POST", "/api/plans", "NONE", "own", 401),
				arguments("PUT", "/api/plans/{draft}", "PROVINCE_ADMIN", "own", 400),
				arguments("PUT", "/api/plans/{draft}", "UNIT_OFFICER", "own", 403),
				arguments("POST", "/api/plans/{missing}/issue", "PROVINCE_ADMIN", "own", 404),
				arguments("POST", "/api/plans/{draft}/issue", "COORDINATOR", "own", 403),
				arguments("POST", "/api/plans/{issued}/amendments", "PROVINCE_ADMIN", "own", 400),
				arguments("POST", "/api/plans/{issued}/amendments", "UNIT_OFFICER", "own", 403),
				arguments("POST", "/api/plans/{issued}/revoke", "PROVINCE_ADMIN", "own", 400),
				arguments("POST", "/api/plans/{issued}/revoke", "COORDINATOR", "own", 403),
				arguments("POST", "/api/plans/{missing}/close", "PROVINCE_ADMIN", "own", 404),
				arguments("POST", "/api/plans/{issued}/close", "INTEGRATION", "own", 403),
				arguments("POST", "/api/plans/import", "PROVINCE_ADMIN", "own", 400),
				arguments("POST", "/api/plans/import", "UNIT_OFFICER", "own", 403),
				arguments("POST", "/api/plans/{issued}/attachments", "PROVINCE_ADMIN", "own", 400),
				arguments("POST", "/api/plans/{issued}/attachments", "UNIT_OFFICER", "own", 403),
				// directory writes: PROVINCE_ADMIN, not even a unit's own officer or coordinator
				arguments("POST", "/api/units", "PROVINCE_ADMIN", "own", 400),
				arguments("POST", "/api/units", "COORDINATOR", "own", 403),
				arguments("PUT", "/api/units/{own}", "PROVINCE_ADMIN", "other", 400),
				arguments("PUT", "/api/units/{own}", "UNIT_OFFICER", "own", 403),
				arguments("PUT", "/api/units/{own}", "COORDINATOR", "other", 403),
				arguments("POST", "/api/units/{own}/merge", "PROVINCE_ADMIN", "other", 400),
				arguments("POST", "/api/units/{own}/merge", "COORDINATOR", "own", 403),
				arguments("POST", "/api/units/{own}/split", "PROVINCE_ADMIN", "other", 400),
				arguments("POST", "/api/units/{own}/split", "UNIT_OFFICER", "own", 403),
				arguments("POST", "/api/units/import", "PROVINCE_ADMIN", "own", 400),
				arguments("POST", "/api/units/import", "UNIT_OFFICER", "own", 403),
				arguments("POST", "/api/units/import", "NONE", "own", 401),
				// edXML packages: the LGSP's machine client or the Sở
				arguments("POST", "/api/integration/edxml", "INTEGRATION", "own", 400),
				arguments("POST", "/api/integration/edxml", "PROVINCE_ADMIN", "own", 400),
				arguments("POST", "/api/integration/edxml", "COORDINATOR", "own", 403),
				arguments("POST", "/api/integration/edxml", "UNIT_OFFICER", "own", 403),
				arguments("POST", "/api/integration/edxml", "NONE", "own", 401),
				// LGSP sends: the Sở or the LGSP's machine client; a plan that cannot be sent is refused after the check
				arguments("POST", "/api/plans/{missing}/lgsp-sends", "PROVINCE_ADMIN", "own", 404),
				arguments("POST", "/api/plans/{draft}/lgsp-sends", "PROVINCE_ADMIN", "own", 409),
				arguments("POST", "/api/plans/{issued}/lgsp-sends", "INTEGRATION", "own", 422),
				arguments("POST", "/api/plans/{draft}/lgsp-sends", "INTEGRATION", "own", 403),
				arguments("POST", "/api/plans/{issued}/lgsp-sends", "COORDINATOR", "own", 403),
				arguments("POST", "/api/plans/{issued}/lgsp-sends", "UNIT_OFFICER", "own", 403),
				arguments("POST", "/api/plans/{issued}/lgsp-sends", "VIEWER", "other", 403),
				arguments("POST", "/api/plans/{issued}/lgsp-sends", "NONE", "own", 401),
				arguments("GET", "/api/plans/{issued}/lgsp-sends", "PROVINCE_ADMIN", "other", 200),
				arguments("GET", "/api/plans/{issued}/lgsp-sends", "INTEGRATION", "other", 200),
				arguments("GET", "/api/plans/{issued}/lgsp-sends", "VIEWER", "other", 403),
				arguments("GET", "/api/plans/{issued}/lgsp-sends", "UNIT_OFFICER", "own", 403),
				arguments("GET", "/api/lgsp-sends/{missing}", "INTEGRATION", "own", 404),
				arguments("GET", "/api/lgsp-sends/{missing}", "PROVINCE_ADMIN", "own", 404),
				arguments("GET", "/api/lgsp-sends/{missing}", "COORDINATOR", "own", 403),
				arguments("GET", "/api/lgsp-sends/{missing}", "NONE", "own", 401));
	}

	@ParameterizedTest(name = "{0} {1} as {2} of the {3} unit: {4}")
	@MethodSource("matrix")
	void answers(String method, String path, String role, String unit, int expected) {
		String token = tokenOf(role, this.ids.get("{" + unit + "}"));
		JsonHttp.Response response = send(method, path, token);

		assertThat(response.status()).as(response.toString()).isEqualTo(expected);
		if (expected == 401 || expected == 403) {
			assertThat(response.contentType()).startsWith("application/problem+json");
		}
	}

	@Test
	void onlyTheSosAdministratorsFindDrafts() {
		String officer = tokenOf("UNIT_OFFICER", this.ids.get("{own}"));

		assertThat(send("GET", "/api/plans?status=DRAFT", officer).json().get("total").asInt()).isZero();
		assertThat(send("GET", "/api/plans?q=sot+xuat+huyet", officer).json().get("items").valueStream()
			.map((plan) -> plan.get("status").asString())).isNotEmpty().doesNotContain("DRAFT");
		assertThat(this.api.http().get("/api/plans?status=DRAFT").json().get("total").asInt()).isPositive();
	}

	@Test
	void expiredTokensAndTokensOfAnotherIssuerAreRefused() {
		for (String token : new String[] { TestTokens.get().expired("syt", "PROVINCE_ADMIN"),
				TestTokens.get().fromOtherIssuer("syt", "PROVINCE_ADMIN") }) {
			JsonHttp.Response response = send("GET", "/api/plans", token);

			assertThat(response.status()).as(response.toString()).isEqualTo(401);
			assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
		}
	}

	private JsonHttp.Response send(String method, String pathTemplate, String token) {
		String path = pathTemplate;
		for (Map.Entry<String, String> id : this.ids.entrySet()) {
			path = path.replace(id.getKey(), id.getValue());
		}
		if (method.equals("POST") && MULTIPART.contains(pathTemplate)) {
			return this.api.upload(token, path, "not-the-file", "note.txt", "text/plain",
					"không phải tệp".getBytes(StandardCharsets.UTF_8));
		}
		JsonHttp http = (token != null) ? this.api.anonymous().withBearer(token) : this.api.anonymous();
		return switch (method) {
			case "GET" -> http.get(path);
			case "PUT" -> http.put(path, "{}");
			default -> http.post(path, "{}");
		};
	}

	private static String tokenOf(String role, String unitId) {
		if (role.equals("NONE")) {
			return null;
		}
		return role.equals("INTEGRATION") ? TestTokens.get().forClient("lgsp-bac-giang", unitId)
				: TestTokens.get().forUser(unitId, role);
	}

}
