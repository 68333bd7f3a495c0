package vn.health.reporting;

import java.util.UUID;

import tools.jackson.databind.node.ArrayNode;

import vn.health.testkit.KafkaTestClient;

/**
 * A plan whose requirement r1 (Yên Thế and Tân Yên → cdc) has an indicator template, as plan-service sends it
 * once the plan engineer fills it: articles published (bài) and people reached (lượt người).
 */
public final class TemplatedPlan {

	public static final String ARTICLES = "so-tin-bai";

	public static final String REACHED = "so-nguoi-tiep-can";

	private TemplatedPlan() {
	}

	public static String issue(ReportingApi api, KafkaTestClient kafka) {
		String planId = UUID.randomUUID().toString();
		kafka.send(PlanSamples.issued(planId, (plan) -> {
			ArrayNode indicators = PlanSamples.requirement(plan).putArray("indicators");
			indicators.addObject().put("code", ARTICLES).put("name", "Số tin, bài đăng tải").put("unit", "bài");
			indicators.addObject().put("code", REACHED).put("name", "Số người được tiếp cận").put("unit", "lượt người");
		}));
		api.awaitObligations(planId, 2);
		return planId;
	}

	/** A report body with both figures. */
	public static String report(Object articles, Object reached) {
		return "{\"narrative\": \"Báo cáo 6 tháng\", \"indicators\": {\"" + ARTICLES + "\": " + articles + ", \""
				+ REACHED + "\": " + reached + "}}";
	}

}
