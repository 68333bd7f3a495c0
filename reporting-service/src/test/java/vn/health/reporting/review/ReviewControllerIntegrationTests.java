package vn.health.reporting.review;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.Topics;
import vn.health.reporting.IntegrationTestSupport;
import vn.health.reporting.PlanSamples;
import vn.health.reporting.ReportingApi;
import vn.health.reporting.ReportingServiceTest;
import vn.health.reporting.obligation.Obligation;
import vn.health.reporting.obligation.ObligationRepository;
import vn.health.reporting.obligation.ReviewDecision;
import vn.health.testkit.JsonHttp;
import vn.health.testkit.KafkaTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static vn.health.reporting.ReportingApi.assertInvalid;
import static vn.health.reporting.ReportingApi.assertProblem;
import static vn.health.reporting.People.COORDINATOR;

class ReviewControllerIntegrationTests extends IntegrationTestSupport {

	private static final String REPORT = "{\"narrative\": \"Báo cáo 6 tháng\", \"indicators\": "
			+ "{\"so-bai-viet\": 3, \"so-luot-nguoi\": 120}}";

	private static final String RETURN = """
			{"decision": "RETURN", "reason": "Thiếu số liệu Ngày Thế giới phòng, chống lao"}""";

	private static final String ACCEPT = "{\"decision\": \"ACCEPT\"}";

	@Autowired
	ObligationRepository repository;

	@Test
	void theRecipientReturnsAReportWithAReasonAndAcceptsTheResubmissionKeepingTheHistory() {
		String id = submittedReport();

		assertThat(api().review(id, "cdc", RETURN).json().get("status").asString()).isEqualTo("RETURNED");
		assertThat(api().submit(id, "ttyt-yen-the", REPORT).status()).isEqualTo(201);
		var accepted = api().review(id, "cdc", ACCEPT);

		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
		JsonNode obligation = api().obligation(id);
		assertThat(obligation.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(obligation.get("submissions").valueStream().map((s) -> s.get("version").asInt()))
			.containsExactly(1, 2);
		assertThat(obligation.get("reviews").valueStream().map((r) -> r.get("decision").asString()))
			.containsExactly("RETURN", "ACCEPT");
		assertThat(obligation.get("reviews").get(0).get("reason").asString())
			.isEqualTo("Thiếu số liệu Ngày Thế giới phòng, chống lao");
		assertThat(obligation.get("submissions").valueStream().map((s) -> s.get("submittedBy")))
			.allSatisfy((by) -> assertThat(by.get("subject").asString()).isEqualTo("user.ttyt-yen-the"));
		assertThat(obligation.get("reviews").get(0).get("reviewedBy").get("subject").asString()).isEqualTo("user.cdc");
		List<ConsumerRecord<String, String>> events = this.kafka.readUntil(Topics.REPORTING,
				(records) -> typesFor(records, id).size() == 5, ReportingApi.WAIT);
		assertThat(typesFor(events, id)).containsExactly("vn.health.obligation.created", "vn.health.report.submitted", "vn.health.report.returned",
				"vn.health.report.submitted", "vn.health.report.accepted");
	}

	@Test
	void theHistoryNamesThePersonWhoDecidedAndTheUnitTheyActedForBesideTheRecipient() {
		String id = submittedReport();

		JsonHttp.Response accepted = api().http().post("/api/obligations/" + id + "/review", ACCEPT);

		assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
		JsonNode review = api().obligation(id).get("reviews").get(0);
		assertThat(review.get("reviewerUnitId").asString()).isEqualTo("cdc");
		assertThat(review.get("reviewedBy").get("subject").asString()).isEqualTo("user.syt");
		assertThat(review.get("reviewedBy").get("unitId").asString()).isEqualTo("syt");
		assertThat(api().obligation(id).get("submissions").get(0).get("submittedBy").get("unitId").asString())
			.isEqualTo("ttyt-yen-the");
	}

	@Test
	void badReviewsAreProblemsAndStoreNothing() {
		String id = submittedReport();

		assertProblem(api().review(id, null, ACCEPT), 401);
		assertInvalid(api().review(id, "cdc", "{\"decision\": \"RETURN\"}"), "reason");
		assertInvalid(api().review(id, "cdc", "{\"decision\": \"RETURN\", \"reason\": \"  \"}"), "reason");
		assertInvalid(api().review(id, "cdc", "{\"decision\": \"MAYBE\"}"), "decision");
		assertInvalid(api().review(id, "cdc", "{}"), "decision");
		assertProblem(api().review(id + "-unknown", "cdc", ACCEPT), 404);
		assertProblem(api().review(id, "ttyt-yen-the", ACCEPT), 403);

		JsonNode obligation = api().obligation(id);
		assertThat(obligation.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(obligation.get("reviews")).isEmpty();
	}

	@Test
	void onlyASubmittedReportIsReviewedAndOnlyOnce() {
		String id = submittedReport();
		String notSubmitted = id.replace("ttyt-yen-the", "ttyt-tan-yen");

		assertProblem(api().review(notSubmitted, "cdc", ACCEPT), 409);
		assertThat(api().review(id, "cdc", ACCEPT).status()).isEqualTo(200);
		assertProblem(api().review(id, "cdc", RETURN), 409);

		assertThat(api().obligation(id).get("reviews")).hasSize(1);
		assertThat(api().obligation(notSubmitted).get("status").asString()).isEqualTo("OPEN");
	}

	@Test
	void ofTwoReviewsAtOnceOneWinsAndTheOtherIsAConflict() {
		String id = submittedReport();

		CompletableFuture<Integer> accept = CompletableFuture.supplyAsync(() -> api().review(id, "cdc", ACCEPT).status());
		CompletableFuture<Integer> giveBack = CompletableFuture.supplyAsync(() -> api().review(id, "cdc", RETURN).status());

		assertThat(List.of(accept.join(), giveBack.join())).containsExactlyInAnyOrder(200, 409);
		assertThat(api().obligation(id).get("reviews")).hasSize(1);
	}

	@Test
	void aReviewDecidedOnAStaleCopyIsRefusedByTheStore() {
		String id = submittedReport();
		Obligation first = this.repository.findById(id).orElseThrow();
		Obligation stale = this.repository.findById(id).orElseThrow();
		first.review(ReviewDecision.ACCEPT, null, COORDINATOR, ReportingServiceTest.NOW);
		stale.review(ReviewDecision.RETURN, "Thiếu số liệu", COORDINATOR, ReportingServiceTest.NOW);

		this.repository.save(first);

		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> this.repository.save(stale));
		assertThat(api().obligation(id).get("status").asString()).isEqualTo("ACCEPTED");
	}

	private String submittedReport() {
		String planId = UUID.randomUUID().toString();
		this.kafka.send(PlanSamples.issued(planId));
		api().awaitObligations(planId, 2);
		String id = planId + ".r1.ttyt-yen-the";
		assertThat(api().submit(id, "ttyt-yen-the", REPORT).status()).isEqualTo(201);
		return id;
	}

	private static List<String> typesFor(List<ConsumerRecord<String, String>> records, String id) {
		return records.stream()
			.filter((record) -> id.equals(record.key()))
			.map((record) -> KafkaTestClient.header(record, CloudEventHeaders.TYPE))
			.toList();
	}

}
