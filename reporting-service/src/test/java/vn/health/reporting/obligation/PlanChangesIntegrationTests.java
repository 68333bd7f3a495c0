package vn.health.reporting.obligation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

import vn.health.contracts.Topics;
import vn.health.reporting.IntegrationTestSupport;
import vn.health.reporting.PlanSamples;
import vn.health.reporting.ReportingApi;
import vn.health.reporting.ReportingEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** plan-service's amendments and revocations, fed as its contract samples, redelivered and replayed. */
class PlanChangesIntegrationTests extends IntegrationTestSupport {

	@Test
	void anAmendmentAddsDropsAndReschedulesObligationsAndKeepsSubmittedWork() {
		String planId = UUID.randomUUID().toString();
		ProducerRecord<String, String> issued = PlanSamples.issued(planId, (plan) -> PlanSamples.requirement(plan)
			.putArray("reporterUnitIds")
			.add("ttyt-yen-the")
			.add("ttyt-tan-yen")
			.add("ttyt-hiep-hoa"));
		this.kafka.send(issued);
		api().awaitObligations(planId, 3);
		assertThat(api().submit(planId + ".r1.ttyt-tan-yen", "ttyt-tan-yen", PlanSamples.REPORT).status()).isEqualTo(201);

		// the sample amendment moves the deadline to "trước ngày 15/6/2024"
		ProducerRecord<String, String> amended = PlanSamples.amended(planId, (plan) -> PlanSamples.requirement(plan)
			.putArray("reporterUnitIds")
			.add("ttyt-yen-the")
			.add("ttyt-luc-ngan"));
		this.kafka.send(amended);
		api().awaitObligations(planId, 4);
		await().atMost(ReportingApi.WAIT).until(() -> status(planId, "ttyt-hiep-hoa").equals("CANCELLED"));

		JsonNode rescheduled = api().obligation(planId + ".r1.ttyt-yen-the");
		assertThat(rescheduled.get("status").asString()).isEqualTo("OPEN");
		assertThat(rescheduled.get("dueAt").asString()).isEqualTo("2024-06-14T17:00:00Z");
		assertThat(rescheduled.get("planVersion").asInt()).isEqualTo(2);
		JsonNode added = api().obligation(planId + ".r1.ttyt-luc-ngan");
		assertThat(added.get("dueAt").asString()).isEqualTo("2024-06-14T17:00:00Z");
		JsonNode kept = api().obligation(planId + ".r1.ttyt-tan-yen");
		assertThat(kept.get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(kept.get("dueAt").asString()).isEqualTo("2024-06-19T17:00:00Z");
		JsonNode cancelled = api().obligation(planId + ".r1.ttyt-hiep-hoa").get("cancellation");
		assertThat(cancelled.get("planVersion").asInt()).isEqualTo(2);
		assertThat(cancelled.get("reason").asString()).contains("phiên bản 2", "Đưa hạn báo cáo 6 tháng lên");

		Map<String, String> before = snapshot(planId);
		this.kafka.send(amended);
		this.kafka.send(issued);
		await().atMost(ReportingApi.WAIT).until(() -> this.kafka.caughtUp("reporting-service", Topics.PLANS));

		assertThat(snapshot(planId)).isEqualTo(before);
		assertThat(api().submit(planId + ".r1.ttyt-yen-the", "ttyt-yen-the", PlanSamples.REPORT).status()).isEqualTo(201);
		List<String> events = new ReportingEvents().ofPlanUntil(planId,
				"vn.health.report.submitted " + planId + ".r1.ttyt-yen-the",
				"vn.health.obligation.cancelled " + planId + ".r1.ttyt-hiep-hoa");
		assertThat(ReportingEvents.ofType(events, "vn.health.obligation.created")).containsExactlyInAnyOrder(
				"vn.health.obligation.created " + planId + ".r1.ttyt-yen-the",
				"vn.health.obligation.created " + planId + ".r1.ttyt-tan-yen",
				"vn.health.obligation.created " + planId + ".r1.ttyt-hiep-hoa",
				"vn.health.obligation.created " + planId + ".r1.ttyt-luc-ngan");
		assertThat(ReportingEvents.ofType(events, "vn.health.obligation.rescheduled"))
			.containsExactly("vn.health.obligation.rescheduled " + planId + ".r1.ttyt-yen-the");
		assertThat(ReportingEvents.ofType(events, "vn.health.obligation.cancelled"))
			.containsExactly("vn.health.obligation.cancelled " + planId + ".r1.ttyt-hiep-hoa");
	}

	@Test
	void aRevocationCancelsWhatIsStillOwedKeepsSubmittedWorkAndLaterReplaysChangeNothing() {
		String planId = UUID.randomUUID().toString();
		this.kafka.send(PlanSamples.issued(planId));
		api().awaitObligations(planId, 2);
		assertThat(api().submit(planId + ".r1.ttyt-yen-the", "ttyt-yen-the", PlanSamples.REPORT).status()).isEqualTo(201);

		ProducerRecord<String, String> revoked = PlanSamples.revoked(planId);
		this.kafka.send(revoked);
		await().atMost(ReportingApi.WAIT).until(() -> status(planId, "ttyt-tan-yen").equals("CANCELLED"));

		assertThat(api().obligation(planId + ".r1.ttyt-tan-yen").get("cancellation").get("reason").asString())
			.isEqualTo("Kế hoạch bị thu hồi: Thay thế bằng Kế hoạch số 120/KH-SYT");
		assertThat(status(planId, "ttyt-yen-the")).isEqualTo("SUBMITTED");
		assertThat(api().http().get("/api/obligations?plan=" + planId + "&status=CANCELLED").json().get("total").asInt())
			.isOne();

		Map<String, String> before = snapshot(planId);
		this.kafka.send(revoked);
		this.kafka.send(PlanSamples.amended(planId, (plan) -> PlanSamples.requirement(plan)
			.putArray("reporterUnitIds")
			.add("ttyt-luc-ngan")));
		await().atMost(ReportingApi.WAIT).until(() -> this.kafka.caughtUp("reporting-service", Topics.PLANS));

		assertThat(snapshot(planId)).isEqualTo(before);
		assertThat(api().obligationCount(planId)).isEqualTo(2);
	}

	@Test
	void aPlanIssuedToMoreUnitsThanOneInsertBatchCreatesAndRatesEachObligationOnce() {
		String planId = UUID.randomUUID().toString();
		ProducerRecord<String, String> issued = PlanSamples.issued(planId, (plan) -> {
			ArrayNode units = PlanSamples.requirement(plan).putArray("reporterUnitIds");
			IntStream.range(0, 2_500).forEach((unit) -> units.add("tyt-" + unit));
		});
		this.kafka.send(issued);
		api().awaitObligations(planId, 2_500);
		await().atMost(ReportingApi.WAIT).until(() -> expected(planId) == 2_500);

		this.kafka.send(issued);
		await().atMost(ReportingApi.WAIT).until(() -> this.kafka.caughtUp("reporting-service", Topics.PLANS));

		assertThat(api().obligationCount(planId)).isEqualTo(2_500);
		assertThat(expected(planId)).isEqualTo(2_500);
		assertThat(api().obligation(planId + ".r1.tyt-2499").get("status").asString()).isEqualTo("OPEN");
	}

	private int expected(String planId) {
		return api().http().get("/api/reports/completeness?plan=" + planId + "&requirement=r1").json().get("expected")
			.asInt();
	}

	private String status(String planId, String unitId) {
		return api().obligation(planId + ".r1." + unitId).get("status").asString();
	}

	/** Every obligation of the plan as the API shows it, by id. */
	private Map<String, String> snapshot(String planId) {
		Map<String, String> byId = new LinkedHashMap<>();
		api().http()
			.get("/api/obligations?plan=" + planId)
			.json()
			.get("items")
			.valueStream()
			.forEach((item) -> byId.put(item.get("id").asString(), item.toString()));
		return byId;
	}

}
