package vn.health.reporting.submission;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import vn.health.reporting.IntegrationTestSupport;
import vn.health.reporting.PlanSamples;
import vn.health.reporting.ReportingEvents;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.reporting.ReportingApi.assertInvalid;
import static vn.health.reporting.ReportingApi.assertProblem;
import static vn.health.reporting.submission.SubmissionControllerIntegrationTests.REPORT;

/** A unit's browser lost the answer to its submission and sends it again with the same Idempotency-Key. */
class IdempotentSubmissionIntegrationTests extends IntegrationTestSupport {

	@Test
	void aRetriedSubmissionGetsTheOriginalResultAndIsAnnouncedOnce() {
		String planId = issuedPlan();
		String id = planId + ".r1.ttyt-yen-the";

		JsonHttp.Response first = submit(id, "ttyt-yen-the", "bc-6-thang-lan-1", REPORT);
		JsonHttp.Response retry = submit(id, "ttyt-yen-the", "bc-6-thang-lan-1", REPORT);

		assertThat(first.status()).as(first.toString()).isEqualTo(201);
		assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
		assertThat(retry.json()).isEqualTo(first.json());
		assertThat(api().obligation(id).get("submissions")).hasSize(1);
		assertThat(api().submit(planId + ".r1.ttyt-tan-yen", "ttyt-tan-yen", REPORT).status()).isEqualTo(201);
		List<String> events = new ReportingEvents().ofPlanUntil(planId, "vn.health.report.submitted " + id,
				"vn.health.report.submitted " + planId + ".r1.ttyt-tan-yen");
		assertThat(ReportingEvents.ofType(events, "vn.health.report.submitted")).hasSize(2);
	}

	@Test
	void twoCopiesSentAtOnceSubmitOneVersion() {
		String id = issuedPlan() + ".r1.ttyt-yen-the";

		CompletableFuture<Integer> one = CompletableFuture
			.supplyAsync(() -> submit(id, "ttyt-yen-the", "cung-mot-khoa", REPORT).status());
		CompletableFuture<Integer> two = CompletableFuture
			.supplyAsync(() -> submit(id, "ttyt-yen-the", "cung-mot-khoa", REPORT).status());

		assertThat(List.of(one.join(), two.join())).containsExactly(201, 201);
		assertThat(api().obligation(id).get("submissions")).hasSize(1);
	}

	@Test
	void theSameKeyWithAnotherBodyIsAConflictThatSaysSo() {
		String id = issuedPlan() + ".r1.ttyt-yen-the";
		assertThat(submit(id, "ttyt-yen-the", "khoa-1", REPORT).status()).isEqualTo(201);

		JsonHttp.Response other = submit(id, "ttyt-yen-the", "khoa-1", "{\"narrative\": \"Bản khác\"}");

		assertProblem(other, 409);
		assertThat(other.json().get("detail").asString()).contains("Idempotency-Key khoa-1", "nội dung khác");
		assertThat(api().obligation(id).get("submissions")).hasSize(1);
	}

	@Test
	void aBadKeyOrAnotherUnitsRetryIsRefused() {
		String id = issuedPlan() + ".r1.ttyt-yen-the";
		assertInvalid(submit(id, "ttyt-yen-the", "hai tu", REPORT), "Idempotency-Key");
		assertInvalid(submit(id, "ttyt-yen-the", "k".repeat(201), REPORT), "Idempotency-Key");
		assertThat(submit(id, "ttyt-yen-the", "khoa-2", REPORT).status()).isEqualTo(201);

		assertProblem(submit(id, "ttyt-tan-yen", "khoa-2", REPORT), 403);
		assertThat(api().obligation(id).get("submissions")).hasSize(1);
	}

	private JsonHttp.Response submit(String id, String unit, String key, String json) {
		return api().as(unit).post("/api/obligations/" + id + "/submissions", json, Map.of("Idempotency-Key", key));
	}

	private String issuedPlan() {
		String planId = UUID.randomUUID().toString();
		this.kafka.send(PlanSamples.issued(planId));
		api().awaitObligations(planId, 2);
		return planId;
	}

}
