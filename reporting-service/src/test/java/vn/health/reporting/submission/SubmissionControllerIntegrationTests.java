package vn.health.reporting.submission;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.Topics;
import vn.health.reporting.IntegrationTestSupport;
import vn.health.reporting.PlanSamples;
import vn.health.reporting.ReportingApi;
import vn.health.testkit.JsonHttp;
import vn.health.testkit.KafkaTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.health.reporting.ReportingApi.assertInvalid;
import static vn.health.reporting.ReportingApi.assertProblem;

class SubmissionControllerIntegrationTests extends IntegrationTestSupport {

	static final String REPORT = """
			{"narrative": "Tổ chức 3 buổi truyền thông Ngày Thế giới phòng, chống lao 24/3",
			 "indicators": {"so-bai-viet": 3, "so-luot-nguoi": 15300},
			 "attachments": ["files/ttyt-yen-the/bc-6-thang.pdf"]}""";

	@Test
	void theReporterUnitSubmitsBeforeTheDeadlineAndTheReportIsAnnounced() {
		String planId = issuedPlan("2024-06-20");
		String id = planId + ".r1.ttyt-yen-the";

		var response = api().submit(id, "ttyt-yen-the", REPORT);

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		JsonNode submission = api().obligation(id).get("submissions").get(0);
		assertThat(api().obligation(id).get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(submission.get("version").asInt()).isEqualTo(1);
		assertThat(submission.get("late").asBoolean()).isFalse();
		assertThat(submission.get("indicators").get("so-luot-nguoi").asDouble()).isEqualTo(15300);
		assertThat(submission.get("attachments").get(0).asString()).isEqualTo("files/ttyt-yen-the/bc-6-thang.pdf");
		List<ConsumerRecord<String, String>> submitted = this.kafka
			.readUntil(Topics.REPORTING, (records) -> records.stream().anyMatch((record) -> submitted(record, id)),
					ReportingApi.WAIT)
			.stream()
			.filter((record) -> submitted(record, id))
			.toList();
		assertThat(submitted).singleElement()
			.satisfies((record) -> assertThat(record.value()).contains("\"submissionVersion\":1",
					"\"lateBy\":\"PT0S\""));
	}

	private static boolean submitted(ConsumerRecord<String, String> record, String id) {
		return id.equals(record.key())
				&& "vn.health.report.submitted".equals(KafkaTestClient.header(record, CloudEventHeaders.TYPE));
	}

	@Test
	void aLateReportIsTakenAndMarkedWithHowLateItIs() {
		String planId = issuedPlan("2024-06-05");
		String id = planId + ".r1.ttyt-tan-yen";

		var response = api().submit(id, "ttyt-tan-yen", REPORT);

		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		JsonNode submission = response.json().get("submissions").get(0);
		assertThat(submission.get("late").asBoolean()).isTrue();
		// due when 5/6 starts in Vietnam (4/6 17:00Z), submitted 17/6 03:00Z
		assertThat(submission.get("lateBy").asString()).isEqualTo("PT298H");
	}

	@Test
	void badSubmissionsAreProblemsAndStoreNothing() {
		String planId = issuedPlan("2024-06-20");
		String id = planId + ".r1.ttyt-yen-the";

		assertProblem(api().submit(id, null, REPORT), 401);
		assertInvalid(api().submit(id, "ttyt-yen-the", "{\"narrative\": \" \"}"), "narrative");
		assertInvalid(api().submit(id, "ttyt-yen-the", "{\"narrative\": \"x\", \"indicators\": {\"Số buổi\": -1}}"),
				"indicators.Số buổi");
		assertInvalid(api().submit(id, "ttyt-yen-the", "{\"narrative\": \"x\", \"indicators\": {\"Số buổi\": \"ba\"}}"),
				"indicators.Số buổi");
		assertInvalid(api().submit(id, "ttyt-yen-the", "{\"narrative\": \"x\", \"attachments\": [\"\"]}"),
				"attachments[0]");
		assertInvalid(api().submit(id, "ttyt-yen-the", "not json"), "");
		assertProblem(api().submit(planId + ".r1.no-such-unit", "no-such-unit", REPORT), 404);
		JsonHttp.Response otherUnit = api().submit(id, "ttyt-tan-yen", REPORT);
		assertProblem(otherUnit, 403);
		assertThat(otherUnit.json().get("title").asString()).isEqualTo("Không có quyền / Forbidden");

		assertThat(api().obligation(id).get("status").asString()).isEqualTo("OPEN");
		assertThat(api().obligation(id).get("submissions")).isEmpty();
	}

	@Test
	void aSubmittedOrCancelledReportCannotBeSubmittedAgain() {
		String planId = issuedPlan("2024-06-20");
		String submitted = planId + ".r1.ttyt-yen-the";
		String cancelled = planId + ".r1.ttyt-tan-yen";
		assertThat(api().submit(submitted, "ttyt-yen-the", REPORT).status()).isEqualTo(201);
		this.kafka.send(PlanSamples.revoked(planId));
		await()
			.atMost(ReportingApi.WAIT)
			.until(() -> "CANCELLED".equals(api().obligation(cancelled).get("status").asString()));

		assertProblem(api().submit(submitted, "ttyt-yen-the", REPORT), 409);
		assertProblem(api().submit(cancelled, "ttyt-tan-yen", REPORT), 409);

		assertThat(api().obligation(submitted).get("submissions")).hasSize(1);
		assertThat(api().obligation(cancelled).get("submissions")).isEmpty();
	}

	private String issuedPlan(String dueDate) {
		String planId = UUID.randomUUID().toString();
		this.kafka.send(PlanSamples.issued(planId, (plan) -> PlanSamples.requirement(plan).put("dueDate", dueDate)));
		api().awaitObligations(planId, 2);
		return planId;
	}

}
