package vn.health.reporting.escalation;

import java.time.Instant;
import java.time.OffsetDateTime;
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

/**
 * A report not sent by its deadline is late at once, for the rates and screens, and its unit is alerted
 * ({@code ReportOverdue}) once, at 08:00 on the first working day after the last day it was on time. Swept at
 * instants the test chooses; each test has a plan of its own (the sample: ttyt-yen-the and ttyt-tan-yen).
 */
class OverdueSweepIntegrationTests extends IntegrationTestSupport {

	private static final String OVERDUE = "vn.health.report.overdue";

	@Test
	void aReportDueBeforeThursdayIsLateAtMidnightAndItsUnitIsAlertedAtEightThatMorningOnce() {
		String planId = issued("2024-06-20", "BEFORE_DAY");

		sweep("2024-06-19T23:59:59+07:00");
		assertThat(obligation(planId, "ttyt-yen-the").get("status").asString()).isEqualTo("OPEN");
		JsonNode late = sweep("2024-06-20T00:00:01+07:00");

		assertThat(late.get("markedOverdue").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(api().http().get("/api/obligations?plan=" + planId + "&status=OVERDUE").json().get("total").asInt())
			.isEqualTo(2);
		JsonNode waiting = obligation(planId, "ttyt-yen-the");
		assertThat(waiting.get("overdueSince").asString()).isEqualTo("2024-06-19T17:00:01Z");
		assertThat(waiting.get("overdueAlert").get("nextAt").asString()).isEqualTo("2024-06-20T01:00:00Z");
		assertThat(waiting.get("overdueAlert").get("sentAt").isNull()).isTrue();
		sweep("2024-06-20T07:59:59+07:00");
		assertThat(obligation(planId, "ttyt-yen-the").get("overdueAlert").get("sentAt").isNull()).isTrue();

		sweep("2024-06-20T08:00:00+07:00");
		sweep("2024-06-21T09:00:00+07:00");

		assertThat(obligation(planId, "ttyt-yen-the").get("overdueAlert").get("sentAt").asString())
			.isEqualTo("2024-06-20T01:00:00Z");
		List<ConsumerRecord<String, String>> records = this.kafka.readUntil(Topics.REPORTING,
				(read) -> overdueFor(read, planId).size() >= 2, ReportingApi.WAIT);
		assertThat(overdueFor(records, planId)).hasSize(2)
			.allSatisfy((record) -> assertThat(record.value()).contains("\"detectedAt\":\"2024-06-20T01:00:00Z\""));
	}

	@Test
	void aReportDueAtTheEndOfFridayWaitsOutTheWeekendAndOneSentMeanwhileIsNotAlerted() {
		// "chậm nhất ngày 21/6/2024" (Friday): late from Saturday 00:00, alerted on Monday 24/6 at 08:00
		String planId = issued("2024-06-21", "END_OF_DAY");
		sweep("2024-06-22T09:00:00+07:00");
		assertThat(obligation(planId, "ttyt-tan-yen").get("status").asString()).isEqualTo("OVERDUE");
		assertThat(obligation(planId, "ttyt-tan-yen").get("overdueAlert").get("nextAt").asString())
			.isEqualTo("2024-06-24T01:00:00Z");
		this.clock.advanceTo(at("2024-06-23T15:00:00+07:00"));
		JsonHttp.Response sentOnSunday = api().submit(planId + ".r1.ttyt-yen-the", "ttyt-yen-the", PlanSamples.REPORT);
		assertThat(sentOnSunday.status()).as(sentOnSunday.toString()).isEqualTo(201);

		sweep("2024-06-24T08:00:00+07:00");

		assertThat(obligation(planId, "ttyt-yen-the").get("overdueAlert").get("sentAt").isNull()).isTrue();
		assertThat(obligation(planId, "ttyt-yen-the").get("submissions").get(0).get("late").asBoolean()).isTrue();
		assertThat(obligation(planId, "ttyt-tan-yen").get("overdueAlert").get("sentAt").asString())
			.isEqualTo("2024-06-24T01:00:00Z");
		List<ConsumerRecord<String, String>> records = this.kafka.readUntil(Topics.REPORTING,
				(read) -> !overdueFor(read, planId).isEmpty(), ReportingApi.WAIT);
		assertThat(overdueFor(records, planId)).extracting(ConsumerRecord::key)
			.containsExactly(planId + ".r1.ttyt-tan-yen");
	}

	@Test
	void afterAnOutageOneSweepMarksAndAlertsOnceWhatIsStillMissing() {
		String planId = issued("2024-06-20", "BEFORE_DAY");

		// the service was down from before the deadline until Thursday 27/6
		JsonNode caughtUp = sweep("2024-06-27T10:00:00+07:00");
		sweep("2024-06-27T10:01:00+07:00");

		assertThat(caughtUp.get("alerted").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(obligation(planId, "ttyt-yen-the").get("overdueAlert").get("sentAt").asString())
			.isEqualTo("2024-06-27T03:00:00Z");
		List<ConsumerRecord<String, String>> records = this.kafka.readUntil(Topics.REPORTING,
				(read) -> overdueFor(read, planId).size() >= 2, ReportingApi.WAIT);
		assertThat(overdueFor(records, planId)).hasSize(2);
	}

	private String issued(String dueDate, String dueRule) {
		String planId = UUID.randomUUID().toString();
		this.kafka.send(PlanSamples.issued(planId,
				(plan) -> PlanSamples.requirement(plan).put("dueDate", dueDate).put("dueRule", dueRule)));
		api().awaitObligations(planId, 2);
		return planId;
	}

	/** Moves the clock to {@code vietnamTime} and runs the operator's overdue sweep there. */
	private JsonNode sweep(String vietnamTime) {
		this.clock.advanceTo(at(vietnamTime));
		JsonHttp.Response response = api().http()
			.post("/api/admin/sweeps/overdue?asOf=" + vietnamTime.replace("+", "%2B"), null);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	private JsonNode obligation(String planId, String unit) {
		return api().obligation(planId + ".r1." + unit);
	}

	private static Instant at(String vietnamTime) {
		return OffsetDateTime.parse(vietnamTime).toInstant();
	}

	private static List<ConsumerRecord<String, String>> overdueFor(List<ConsumerRecord<String, String>> records,
			String planId) {
		return records.stream()
			.filter((record) -> record.key().startsWith(planId + "."))
			.filter((record) -> OVERDUE.equals(KafkaTestClient.header(record, CloudEventHeaders.TYPE)))
			.toList();
	}

}
