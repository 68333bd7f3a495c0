package vn.health.reporting.directory;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

import vn.health.contracts.Topics;
import vn.health.reporting.DirectoryEvents;
import vn.health.reporting.IntegrationTestSupport;
import vn.health.reporting.PlanSamples;
import vn.health.reporting.ReportingApi;
import vn.health.reporting.ReportingEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two district centres merge into a third (the 2025 reorganisation): what they still owe moves to the successor,
 * unless the successor owes the same report itself; what they submitted stays theirs.
 */
class UnitMergesIntegrationTests extends IntegrationTestSupport {

	@Test
	void owedReportsMoveToTheSuccessorOnceWithoutDoubleReportingAndSubmittedWorkStays() {
		String planId = UUID.randomUUID().toString();
		String a = "ttyt-a-" + planId;
		String b = "ttyt-b-" + planId;
		String successor = "ttyt-kv-" + planId;
		this.kafka.send(PlanSamples.issued(planId, (plan) -> {
			PlanSamples.requirement(plan).putArray("reporterUnitIds").add(a).add(b).add(successor);
			((ArrayNode) plan.get("requirements")).addObject().put("requirementId", "r2")
				.put("title", "Báo cáo chuyên đề lao").put("dueDate", "2024-06-25").put("dueRule", "BEFORE_DAY")
				.put("recipientUnitId", "cdc").put("period", "6 tháng").putArray("reporterUnitIds").add(a);
		}));
		api().awaitObligations(planId, 4);
		assertThat(api().submit(planId + ".r1." + b, b, PlanSamples.REPORT).status()).isEqualTo(201);

		DirectoryEvents directory = new DirectoryEvents();
		directory.merged(successor, List.of(a, b));
		await().atMost(ReportingApi.WAIT).until(() -> status(planId + ".r1." + a).equals("CANCELLED"));
		directory.merged(successor, List.of(a, b));
		await().atMost(ReportingApi.WAIT).until(() -> this.kafka.caughtUp("reporting-service", Topics.DIRECTORY_UNITS));

		JsonNode moved = api().obligation(planId + ".r2." + a);
		assertThat(moved.get("unitId").asString()).isEqualTo(successor);
		assertThat(moved.get("status").asString()).isEqualTo("OPEN");
		assertThat(moved.get("reassignments").get(0).get("fromUnitId").asString()).isEqualTo(a);
		JsonNode duplicate = api().obligation(planId + ".r1." + a);
		assertThat(duplicate.get("cancellation").get("code").asString()).isEqualTo("UNITS_MERGED");
		assertThat(duplicate.get("cancellation").get("reason").asString())
			.contains("đã sáp nhập vào " + successor, planId + ".r1." + successor);
		assertThat(api().obligation(planId + ".r1." + b).get("unitId").asString()).isEqualTo(b);
		assertThat(status(planId + ".r1." + successor)).isEqualTo("OPEN");
		assertThat(api().submit(planId + ".r2." + a, a, PlanSamples.REPORT).status()).isEqualTo(403);
		assertThat(api().submit(planId + ".r2." + a, successor, PlanSamples.REPORT).status()).isEqualTo(201);

		List<String> events = new ReportingEvents().ofPlanUntil(planId,
				"vn.health.report.submitted " + planId + ".r2." + a, "vn.health.obligation.cancelled " + planId + ".r1." + a);
		assertThat(ReportingEvents.ofType(events, "vn.health.obligation.reassigned"))
			.containsExactly("vn.health.obligation.reassigned " + planId + ".r2." + a);
		assertThat(ReportingEvents.ofType(events, "vn.health.obligation.cancelled"))
			.containsExactly("vn.health.obligation.cancelled " + planId + ".r1." + a);
	}

	private String status(String id) {
		return api().obligation(id).get("status").asString();
	}

}
