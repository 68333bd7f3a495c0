package vn.health.reporting.consolidation;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import vn.health.reporting.IntegrationTestSupport;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.reporting.ReportingApi.assertInvalid;
import static vn.health.reporting.ReportingApi.assertProblem;
import static vn.health.reporting.consolidation.ChainedPlan.ATTENDEES;
import static vn.health.reporting.consolidation.ChainedPlan.SESSIONS;

/** The CDC sends its districts' consolidated figures to the Sở in one action. */
class ConsolidatedSubmissionIntegrationTests extends IntegrationTestSupport {

	@Test
	void theCdcSubmitsTheAcceptedTotalsNarrativesAndMissingUnitsAsItsOwnReport() {
		String planId = ChainedPlan.issueAndReview(api(), this.kafka);
		String cdcReport = planId + ".r2.cdc";

		JsonHttp.Response response = consolidated(cdcReport, "cdc", "{\"narrative\": \"CDC tỉnh báo cáo Sở Y tế\"}");

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		JsonNode submission = api().obligation(cdcReport).get("submissions").get(0);
		assertThat(api().obligation(cdcReport).get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(submission.get("indicators").get(SESSIONS).asDouble()).isEqualTo(12);
		assertThat(submission.get("indicators").get(ATTENDEES).asDouble()).isEqualTo(340);
		assertThat(submission.get("narrative").asString()).startsWith("CDC tỉnh báo cáo Sở Y tế")
			.contains("1/3 đơn vị đã được duyệt", "- ttyt-yen-the: Báo cáo 6 tháng",
					"chưa được duyệt (không tính vào số liệu): ttyt-tan-yen (Bị trả lại)",
					"Chưa nộp: ttyt-luc-ngan (Chưa đến hạn)");
		assertThat(api().review(cdcReport, "syt", "{\"decision\": \"ACCEPT\"}").status()).isEqualTo(200);
	}

	@Test
	void onlyTheReporterOfAChainedReportStillOwedCanSendTheConsolidation() {
		String planId = ChainedPlan.issueAndReview(api(), this.kafka);
		String cdcReport = planId + ".r2.cdc";

		assertProblem(consolidated(cdcReport, null, null), 401);
		assertInvalid(consolidated(cdcReport, "cdc", "{\"narrative\": \"" + "x".repeat(5001) + "\"}"), "narrative");
		assertProblem(consolidated(cdcReport, "syt", null), 403);
		assertProblem(consolidated(planId + ".r1.ttyt-luc-ngan", "ttyt-luc-ngan", null), 409);
		assertProblem(consolidated(planId + ".r2.no-such-unit", "cdc", null), 404);
		assertThat(api().obligation(cdcReport).get("submissions")).isEmpty();

		assertThat(consolidated(cdcReport, "cdc", null).status()).isEqualTo(201);
		assertProblem(consolidated(cdcReport, "cdc", null), 409);
		assertThat(api().obligation(cdcReport).get("submissions")).hasSize(1);
	}

	private JsonHttp.Response consolidated(String id, String unit, String json) {
		return api().as(unit).post("/api/obligations/" + id + "/submissions/consolidated", json);
	}

}
