package vn.health.reporting.escalation;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.Topics;
import vn.health.reporting.IntegrationTestSupport;
import vn.health.reporting.PlanSamples;
import vn.health.reporting.ReportingApi;
import vn.health.testkit.JsonHttp;
import vn.health.testkit.KafkaTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Reminders for a report due before 20/6/2024 (due 19/6 17:00Z), swept at instants the test chooses. */
class ReminderSweepIntegrationTests extends IntegrationTestSupport {

	@Test
	void openReportsAreRemindedSevenAndThreeDaysBeforeOnceEachAndSubmittedOnesNot() {
		String planId = issuedPlan();
		assertThat(api().submit(planId + ".r1.ttyt-tan-yen", "ttyt-tan-yen", PlanSamples.REPORT).status())
			.isEqualTo(201);

		sweep("2024-06-13T08:00:00%2B07:00");
		sweep("2024-06-13T09:00:00%2B07:00");
		sweep("2024-06-17T08:00:00%2B07:00");

		assertThat(remindersUntilSubmitted(planId, "ttyt-yen-the"))
			.extracting(ConsumerRecord::key, ReminderSweepIntegrationTests::daysBefore)
			.containsExactly(tuple(planId + ".r1.ttyt-yen-the", 7), tuple(planId + ".r1.ttyt-yen-the", 3));
	}

	@Test
	void afterAnOutageOnlyTheReminderStillMeaningfulGoesOut() {
		String planId = issuedPlan();

		sweep("2024-06-19T08:00:00%2B07:00");

		assertThat(remindersUntilSubmitted(planId, "ttyt-yen-the", "ttyt-tan-yen")).hasSize(2)
			.allSatisfy((record) -> assertThat(daysBefore(record)).isOne());
	}

	@Test
	void aBadInstantIsAProblem() {
		ReportingApi.assertInvalid(api().http().post("/api/admin/sweeps/reminders?asOf=tomorrow", null), "asOf");
	}

	private void sweep(String asOf) {
		this.clock.advanceTo(OffsetDateTime.parse(asOf.replace("%2B", "+")).toInstant());
		JsonHttp.Response response = api().http().post("/api/admin/sweeps/reminders?asOf=" + asOf, null);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
	}

	/**
	 * The plan's reminders on reporting.v1. The units submit afterwards, and each obligation's outbox
	 * publishes in order, so once their submissions are read every reminder before them has been too.
	 */
	private List<ConsumerRecord<String, String>> remindersUntilSubmitted(String planId, String... units) {
		List<String> submitted = new ArrayList<>();
		for (String unit : units) {
			String id = planId + ".r1." + unit;
			assertThat(api().submit(id, unit, PlanSamples.REPORT).status()).isEqualTo(201);
			submitted.add(id);
		}
		return this.kafka
			.readUntil(Topics.REPORTING, (records) -> ofType(records, "vn.health.report.submitted")
				.map(ConsumerRecord::key)
				.toList()
				.containsAll(submitted), ReportingApi.WAIT)
			.stream()
			.filter((record) -> record.key().startsWith(planId + "."))
			.filter((record) -> "vn.health.report.due-soon"
				.equals(KafkaTestClient.header(record, CloudEventHeaders.TYPE)))
			.toList();
	}

	private static Stream<ConsumerRecord<String, String>> ofType(List<ConsumerRecord<String, String>> records,
			String type) {
		return records.stream().filter((record) -> type.equals(KafkaTestClient.header(record, CloudEventHeaders.TYPE)));
	}

	private static int daysBefore(ConsumerRecord<String, String> record) {
		return Integer.parseInt(record.value().replaceAll(".*\"daysBefore\":(\\d+).*", "$1"));
	}

	private String issuedPlan() {
		String planId = UUID.randomUUID().toString();
		this.kafka.send(PlanSamples.issued(planId));
		api().awaitObligations(planId, 2);
		return planId;
	}

}
