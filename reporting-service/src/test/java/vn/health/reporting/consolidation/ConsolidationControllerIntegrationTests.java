package vn.health.reporting.consolidation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import vn.health.reporting.IntegrationTestSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.reporting.ReportingApi.assertInvalid;
import static vn.health.reporting.ReportingApi.assertProblem;
import static vn.health.reporting.consolidation.ChainedPlan.ATTENDEES;
import static vn.health.reporting.consolidation.ChainedPlan.SESSIONS;

class ConsolidationControllerIntegrationTests extends IntegrationTestSupport {

	private String planId;

	@BeforeEach
	void districtsReportAndCdcReviews() {
		this.planId = ChainedPlan.issueAndReview(api(), this.kafka);
	}

	@Test
	void totalsCountOnlyAcceptedReportsWhileMissingUnitsAreListed() {
		var response = api().http().get("/api/reports/consolidated?plan=" + this.planId + "&requirement=r1");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.contentType()).startsWith("application/json");
		JsonNode districts = response.json();
		assertThat(districts.get("expected").asInt()).isEqualTo(3);
		assertThat(districts.get("accepted").asInt()).isEqualTo(1);
		assertThat(districts.get("totals").get(SESSIONS).asDouble()).isEqualTo(12.0);
		assertThat(districts.get("totals").get(ATTENDEES).asDouble()).isEqualTo(340.0);
		assertThat(districts.get("reports").valueStream().map((row) -> row.get("unitId").asString() + " "
				+ row.get("status").asString() + " " + row.get("indicators").get(ATTENDEES).asInt()))
			.containsExactly("ttyt-tan-yen RETURNED 150", "ttyt-yen-the ACCEPTED 340");
		assertThat(districts.get("missing").valueStream().map((row) -> row.get("unitId").asString()))
			.containsExactly("ttyt-luc-ngan");
		assertThat(districts.get("upstream").isNull()).isTrue();
	}

	@Test
	void theCdcPreparingItsOwnReportSeesItsDistrictsTotals() {
		JsonNode cdc = api().http().get("/api/reports/consolidated?plan=" + this.planId + "&requirement=r2").json();

		assertThat(cdc.get("recipientUnitId").asString()).isEqualTo("syt");
		assertThat(cdc.get("missing").get(0).get("unitId").asString()).isEqualTo("cdc");
		assertThat(cdc.get("upstream").get("requirementId").asString()).isEqualTo("r1");
		assertThat(cdc.get("upstream").get("recipientUnitId").asString()).isEqualTo("cdc");
		assertThat(cdc.get("upstream").get("totals").get(SESSIONS).asDouble()).isEqualTo(12.0);
		assertThat(cdc.get("upstream").get("totals").get(ATTENDEES).asDouble()).isEqualTo(340.0);
	}

	@Test
	void badQueriesAreProblemsWithTheFieldNamed() {
		assertInvalid(api().http().get("/api/reports/consolidated?requirement=r1"), "plan");
		assertInvalid(api().http().get("/api/reports/consolidated?plan=" + this.planId), "requirement");
		assertInvalid(api().http().get("/api/reports/consolidated?plan=&requirement="), "plan");
		// both r1 and r2 are "6 tháng": summing a chain's two levels would count every figure twice
		assertInvalid(api().http().get("/api/reports/consolidated?plan=" + this.planId + "&period=6%20th%C3%A1ng"),
				"requirement");
		assertProblem(api().http().get("/api/reports/consolidated?plan=" + this.planId + "&requirement=r9"), 404);
		assertProblem(api().http().get("/api/reports/consolidated?plan=no-such-plan&requirement=r1"), 404);
	}

}
