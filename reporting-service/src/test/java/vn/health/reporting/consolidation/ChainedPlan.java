package vn.health.reporting.consolidation;

import java.util.UUID;

import tools.jackson.databind.node.ArrayNode;

import vn.health.reporting.PlanSamples;
import vn.health.reporting.ReportingApi;
import vn.health.testkit.KafkaTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan of its own with a chain: r1, three districts → cdc; r2, cdc → syt, consolidating r1. Yên Thế
 * reports 12 sessions and 340 attendees and is accepted, Tân Yên 7 and 150 and is returned, Lục Ngạn
 * sends nothing, and cdc has not reported yet.
 */
final class ChainedPlan {

	static final String SESSIONS = "Số buổi truyền thông";

	static final String ATTENDEES = "Số người tham dự";

	private ChainedPlan() {
	}

	static String issueAndReview(ReportingApi api, KafkaTestClient kafka) {
		String planId = UUID.randomUUID().toString();
		kafka.send(PlanSamples.issued(planId, (plan) -> {
			// no indicator template: the units name their own figures, as plans did before templates
			PlanSamples.requirement(plan).putArray("indicators");
			PlanSamples.requirement(plan).putArray("reporterUnitIds").add("ttyt-yen-the").add("ttyt-tan-yen")
				.add("ttyt-luc-ngan");
			((ArrayNode) plan.get("requirements")).addObject().put("requirementId", "r2")
				.put("title", "Báo cáo 6 tháng của CDC").put("dueDate", "2024-06-25").put("dueRule", "BEFORE_DAY")
				.put("recipientUnitId", "syt").put("period", "6 tháng").put("upstreamRequirementId", "r1")
				.putArray("reporterUnitIds").add("cdc");
		}));
		api.awaitObligations(planId, 4);
		report(api, planId, "ttyt-yen-the", 12, 340);
		report(api, planId, "ttyt-tan-yen", 7, 150);
		api.review(planId + ".r1.ttyt-yen-the", "cdc", "{\"decision\": \"ACCEPT\"}");
		api.review(planId + ".r1.ttyt-tan-yen", "cdc", "{\"decision\": \"RETURN\", \"reason\": \"Thiếu số liệu\"}");
		return planId;
	}

	private static void report(ReportingApi api, String planId, String unitId, int sessions, int attendees) {
		var response = api.submit(planId + ".r1." + unitId, unitId, "{\"narrative\": \"Báo cáo 6 tháng\", "
				+ "\"indicators\": {\"" + SESSIONS + "\": " + sessions + ", \"" + ATTENDEES + "\": " + attendees + "}}");
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
	}

}
