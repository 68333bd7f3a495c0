package vn.health.reporting.completeness;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import vn.health.reporting.IntegrationTestSupport;
import vn.health.reporting.PlanSamples;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.reporting.ReportingApi.assertInvalid;
import static vn.health.reporting.ReportingApi.assertProblem;

class CompletenessControllerIntegrationTests extends IntegrationTestSupport {

	@Test
	void ratesShowWhoReportedLateAndWhoIsMissing() {
		String planId = UUID.randomUUID().toString();
		this.kafka.send(PlanSamples.issued(planId, (plan) -> PlanSamples.requirement(plan)
			.put("dueDate", "2024-06-10")
			.putArray("reporterUnitIds")
			.add("ttyt-yen-the")
			.add("ttyt-tan-yen")
			.add("ttyt-luc-ngan")
			.add("ttyt-hiep-hoa")));
		api().awaitObligations(planId, 4);
		api().submit(planId + ".r1.ttyt-yen-the", "ttyt-yen-the", PlanSamples.REPORT);
		api().submit(planId + ".r1.ttyt-tan-yen", "ttyt-tan-yen", PlanSamples.REPORT);
		api().review(planId + ".r1.ttyt-tan-yen", "cdc", "{\"decision\": \"ACCEPT\"}");
		api().http().post("/api/admin/sweeps/overdue?asOf=2024-06-17T10:00:00%2B07:00", null);

		var response = api().http().get("/api/reports/completeness?plan=" + planId + "&requirement=r1");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		JsonNode rates = response.json();
		assertThat(rates.get("expected").asInt()).isEqualTo(4);
		assertThat(rates.get("submitted").asInt()).isEqualTo(2);
		assertThat(rates.get("submittedOnTime").asInt()).isZero();
		assertThat(rates.get("submittedLate").asInt()).isEqualTo(2);
		assertThat(rates.get("missing").asInt()).isEqualTo(2);
		assertThat(rates.get("completenessPercent").asDouble()).isEqualTo(50.0);
		assertThat(rates.get("timelinessPercent").asDouble()).isZero();
		assertThat(rates.get("byStatus").get("OVERDUE").asInt()).isEqualTo(2);
		assertThat(rates.get("byStatus").get("ACCEPTED").asInt()).isEqualTo(1);
		assertThat(rates.get("missingUnitIds").valueStream().map(JsonNode::asString))
			.containsExactly("ttyt-hiep-hoa", "ttyt-luc-ngan");
		JsonNode byPeriod = api().http()
			.get("/api/reports/completeness?plan=" + planId + "&period=6%20th%C3%A1ng")
			.json();
		assertThat(byPeriod.get("completenessPercent").asDouble()).isEqualTo(50.0);
		assertThat(byPeriod.get("requirementIds").valueStream().map(JsonNode::asString)).containsExactly("r1");
		assertThat(byPeriod.get("byRequirement").get("r1").get("missing").asInt()).isEqualTo(2);

		JsonNode oneUnit = api().http().get("/api/reports/completeness?plan=" + planId + "&unit=ttyt-luc-ngan").json();
		assertThat(oneUnit.get("expected").asInt()).isOne();
		assertThat(oneUnit.get("missingUnitIds").get(0).asString()).isEqualTo("ttyt-luc-ngan");
		api().submit(planId + ".r1.ttyt-luc-ngan", "ttyt-luc-ngan", PlanSamples.REPORT);
		JsonNode afterwards = api().http().get("/api/reports/completeness?plan=" + planId).json();
		assertThat(afterwards.get("completenessPercent").asDouble()).isEqualTo(75.0);
		assertThat(afterwards.get("missingUnitIds").valueStream().map(JsonNode::asString))
			.containsExactly("ttyt-hiep-hoa");
	}

	@Test
	void badQueriesAreProblemsWithTheFieldNamed() {
		assertInvalid(api().http().get("/api/reports/completeness?requirement=r1"), "plan");
		assertInvalid(api().http().get("/api/reports/completeness?period=Qu%C3%BD%20I"), "plan");
		assertInvalid(api().http().get("/api/reports/completeness?plan=&requirement="), "plan");
		assertProblem(api().http().get("/api/reports/completeness?plan=no-such-plan&requirement=r1"), 404);
		assertProblem(api().http().get("/api/reports/completeness?plan=no-such-plan&period=Qu%C3%BD%20I"), 404);
		assertProblem(api().http().get("/api/reports/completeness?plan=no-such-plan"), 404);
	}

}
