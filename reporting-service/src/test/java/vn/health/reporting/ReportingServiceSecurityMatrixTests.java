package vn.health.reporting;

import java.util.UUID;
import java.util.stream.Stream;

import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.testkit.JsonHttp;
import vn.health.testkit.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Who may do what in reporting-service: endpoint × role × unit → status. The directory replica holds a small
 * province: {@code mx-syt} above {@code mx-cdc} above the districts {@code mx-a} and {@code mx-b}; each plan
 * asks both districts to report to {@code mx-cdc}. A district's officer submits and reads only its own
 * reports (no IDOR: {@code mx-b} can read or write nothing of {@code mx-a}); CDC's coordinators read and review
 * what is sent to them; viewers and machine clients read below their unit; sweeps are the Sở's. Every write row
 * gets a plan of its own, so an allowed write changes nothing another row looks at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingServiceSecurityMatrixTests extends IntegrationTestSupport {

	private static final String REPORT = "{\"narrative\": \"Báo cáo 6 tháng\", \"indicators\": "
			+ "{\"so-bai-viet\": 4, \"so-luot-nguoi\": 250}}";

	private static final String ACCEPT = "{\"decision\": \"ACCEPT\"}";

	private static final String PAST = "?asOf=2020-01-01T00:00:00%2B07:00";

	@Autowired
	MongoTemplate mongo;

	private final DirectoryEvents directory = new DirectoryEvents();

	private ReportingApi api;

	@BeforeAll
	void aSmallProvinceInTheReplica() {
		this.api = api();
		this.directory.unit("mx-syt", "DEPARTMENT_OF_HEALTH", null);
		this.directory.unit("mx-cdc", "PROVINCIAL_CDC", "mx-syt");
		this.directory.unit("mx-a", "DISTRICT_HEALTH_CENTRE", "mx-cdc");
		this.directory.unit("mx-b", "DISTRICT_HEALTH_CENTRE", "mx-cdc");
		await().atMost(ReportingApi.WAIT).until(() -> this.mongo.findById("mx-b", Document.class, "units") != null);
	}

	static Stream<Arguments> reads() {
		return Stream.of(
				arguments("/api/obligations/{a}", "NONE", "mx-a", 401),
				arguments("/api/obligations/{a}", "UNIT_OFFICER", "mx-a", 200),
				arguments("/api/obligations/{a}", "UNIT_OFFICER", "mx-b", 403),
				arguments("/api/obligations/{a}", "COORDINATOR", "mx-cdc", 200),
				arguments("/api/obligations/{a}", "COORDINATOR", "mx-b", 403),
				arguments("/api/obligations/{a}", "VIEWER", "mx-syt", 200),
				arguments("/api/obligations/{a}", "VIEWER", "mx-b", 403),
				arguments("/api/obligations/{a}", "INTEGRATION", "mx-syt", 200),
				arguments("/api/obligations/{a}", "PROVINCE_ADMIN", "mx-syt", 200),
				arguments("/api/obligations?unit=mx-a", "UNIT_OFFICER", "mx-a", 200),
				arguments("/api/obligations?unit=mx-a", "UNIT_OFFICER", "mx-b", 403),
				arguments("/api/obligations?unit=mx-a", "COORDINATOR", "mx-cdc", 200),
				arguments("/api/obligations?unit=mx-a", "NONE", "mx-a", 401),
				arguments("/api/reports/completeness?plan={plan}&unit=mx-a", "UNIT_OFFICER", "mx-a", 200),
				arguments("/api/reports/completeness?plan={plan}&unit=mx-a", "UNIT_OFFICER", "mx-b", 403),
				arguments("/api/reports/completeness?plan={plan}", "UNIT_OFFICER", "mx-a", 403),
				arguments("/api/reports/completeness?plan={plan}", "VIEWER", "mx-syt", 200),
				arguments("/api/reports/completeness?plan={plan}&requirement=r1", "COORDINATOR", "mx-cdc", 200),
				arguments("/api/reports/completeness?plan={plan}&requirement=r1", "COORDINATOR", "mx-b", 403),
				arguments("/api/reports/completeness?plan={plan}&requirement=r1", "UNIT_OFFICER", "mx-a", 403),
				arguments("/api/reports/completeness?plan={plan}&requirement=no-such", "COORDINATOR", "mx-cdc", 404),
				arguments("/api/reports/completeness?plan=&requirement=r1", "COORDINATOR", "mx-cdc", 400),
				arguments("/api/reports/consolidated?plan={plan}&requirement=r1", "COORDINATOR", "mx-cdc", 200),
				arguments("/api/reports/consolidated?plan={plan}&requirement=r1", "UNIT_OFFICER", "mx-a", 403),
				arguments("/api/reports/consolidated?plan={plan}&requirement=r1", "PROVINCE_ADMIN", "mx-syt", 200));
	}

	@ParameterizedTest(name = "GET {0} as {1} of {2}: {3}")
	@MethodSource("reads")
	void reading(String path, String role, String unit, int expected) {
		String plan = issuedPlan();

		assertStatus(as(role, unit).get(path.replace("{a}", plan + ".r1.mx-a").replace("{plan}", plan)), expected);
	}

	@ParameterizedTest(name = "a listing as {0} of {1} holds only its units' reports")
	@MethodSource("listings")
	void listing(String role, String unit, int visible) {
		String plan = issuedPlan();

		JsonHttp.Response listed = as(role, unit).get("/api/obligations?plan=" + plan);

		assertThat(listed.json().get("total").asInt()).as(listed.toString()).isEqualTo(visible);
	}

	static Stream<Arguments> listings() {
		return Stream.of(arguments("UNIT_OFFICER", "mx-a", 1), arguments("COORDINATOR", "mx-cdc", 2),
				arguments("VIEWER", "mx-syt", 2), arguments("PROVINCE_ADMIN", "mx-syt", 2),
				arguments("UNIT_OFFICER", "mx-syt", 0));
	}

	static Stream<Arguments> submissions() {
		return Stream.of(arguments("NONE", "mx-a", 401), arguments("UNIT_OFFICER", "mx-a", 201),
				arguments("INTEGRATION", "mx-a", 201), arguments("UNIT_OFFICER", "mx-b", 403),
				arguments("INTEGRATION", "mx-b", 403), arguments("COORDINATOR", "mx-cdc", 403),
				arguments("VIEWER", "mx-a", 403), arguments("PROVINCE_ADMIN", "mx-syt", 403));
	}

	@ParameterizedTest(name = "mx-a's report submitted by {0} of {1}: {2}")
	@MethodSource("submissions")
	void submitting(String role, String unit, int expected) {
		String plan = issuedPlan();

		assertStatus(as(role, unit).post("/api/obligations/" + plan + ".r1.mx-a/submissions", REPORT), expected);
	}

	static Stream<Arguments> reviews() {
		return Stream.of(arguments("NONE", "mx-cdc", 401), arguments("COORDINATOR", "mx-cdc", 200),
				arguments("COORDINATOR", "mx-syt", 200), arguments("PROVINCE_ADMIN", "mx-syt", 200),
				arguments("UNIT_OFFICER", "mx-cdc", 403), arguments("COORDINATOR", "mx-b", 403),
				arguments("COORDINATOR", "mx-a", 403), arguments("VIEWER", "mx-syt", 403),
				arguments("INTEGRATION", "mx-cdc", 403));
	}

	@ParameterizedTest(name = "mx-a's report reviewed by {0} of {1}: {2}")
	@MethodSource("reviews")
	void reviewing(String role, String unit, int expected) {
		String id = issuedPlan() + ".r1.mx-a";
		assertStatus(as("UNIT_OFFICER", "mx-a").post("/api/obligations/" + id + "/submissions", REPORT), 201);

		assertStatus(as(role, unit).post("/api/obligations/" + id + "/review", ACCEPT), expected);
	}

	static Stream<Arguments> sweeps() {
		return Stream.of(arguments("overdue", "PROVINCE_ADMIN", 200), arguments("reminders", "PROVINCE_ADMIN", 200),
				arguments("escalations", "PROVINCE_ADMIN", 200), arguments("overdue", "COORDINATOR", 403),
				arguments("reminders", "INTEGRATION", 403), arguments("escalations", "VIEWER", 403),
				arguments("overdue", "NONE", 401));
	}

	@ParameterizedTest(name = "the {0} sweep run by {1}: {2}")
	@MethodSource("sweeps")
	void sweeping(String sweep, String role, int expected) {
		assertStatus(as(role, "mx-syt").post("/api/admin/sweeps/" + sweep + PAST, null), expected);
	}

	/** A plan asking {@code mx-a} and {@code mx-b} for a report to {@code mx-cdc}, its obligations created. */
	private String issuedPlan() {
		String planId = UUID.randomUUID().toString();
		this.kafka.send(PlanSamples.issued(planId, (plan) -> PlanSamples.requirement(plan)
			.put("dueDate", "2024-06-20")
			.put("recipientUnitId", "mx-cdc")
			.set("reporterUnitIds", plan.arrayNode().add("mx-a").add("mx-b"))));
		this.api.awaitObligations(planId, 2);
		return planId;
	}

	private JsonHttp as(String role, String unitId) {
		JsonHttp anonymous = new JsonHttp("http://127.0.0.1:" + this.port);
		return switch (role) {
			case "NONE" -> anonymous;
			case "INTEGRATION" -> anonymous.withBearer(TestTokens.get().forClient("lgsp-" + unitId, unitId));
			default -> anonymous.withBearer(TestTokens.get().forUser(unitId, role));
		};
	}

	private static void assertStatus(JsonHttp.Response response, int expected) {
		assertThat(response.status()).as(response.toString()).isEqualTo(expected);
		if (expected >= 400) {
			assertThat(response.contentType()).startsWith("application/problem+json");
		}
	}

}
