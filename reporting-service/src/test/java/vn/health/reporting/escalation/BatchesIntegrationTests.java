package vn.health.reporting.escalation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.Topics;
import vn.health.reporting.IntegrationTestSupport;
import vn.health.reporting.PlanSamples;
import vn.health.reporting.ReportingApi;
import vn.health.reporting.obligation.Obligation;
import vn.health.reporting.obligation.ObligationRepository;
import vn.health.testkit.JsonHttp;
import vn.health.testkit.KafkaTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A sweep's batch is saved in one bulk write, yet a report submitted between the batch's read and its write wins as
 * it did against one save per obligation: the sweep's change to it is dropped, not counted, and leaves its rate row
 * alone, while the rest of the batch is saved, counted, projected and announced.
 */
class BatchesIntegrationTests extends IntegrationTestSupport {

	private static final Instant AS_OF = OffsetDateTime.parse("2024-06-27T10:00:00+07:00").toInstant();

	@Autowired
	ObligationRepository obligations;

	@Autowired
	MongoTemplate mongo;

	@Test
	void aReportSubmittedWhileTheBatchWasInHandIsNeitherSavedNorCountedNorProjectedByTheSweep() {
		String planId = UUID.randomUUID().toString();
		this.kafka.send(PlanSamples.issued(planId,
				(plan) -> PlanSamples.requirement(plan).put("dueDate", "2024-06-20").put("dueRule", "BEFORE_DAY")));
		api().awaitObligations(planId, 2);
		String submitted = planId + ".r1.ttyt-yen-the";
		String swept = planId + ".r1.ttyt-tan-yen";
		this.clock.advanceTo(AS_OF);

		Batches.Processed processed = Batches.process(() -> {
			List<Obligation> batch = this.obligations.findAllById(List.of(submitted, swept));
			// a single save, so the submitted one is at the very version the sweep's write would have left
			JsonHttp.Response response = api().submit(submitted, "ttyt-yen-the", PlanSamples.REPORT);
			assertThat(response.status()).as(response.toString()).isEqualTo(201);
			return batch;
		}, (obligation) -> {
			obligation.markOverdue(AS_OF, AS_OF);
			return obligation.alertOverdue(AS_OF, AS_OF);
		}, this.obligations);

		assertThat(processed).isEqualTo(new Batches.Processed(1, 1));
		assertThat(api().obligation(submitted).get("status").asString()).isEqualTo("SUBMITTED");
		assertThat(api().obligation(swept).get("status").asString()).isEqualTo("OVERDUE");
		assertThat(rateRow(submitted).getString("status")).isEqualTo("SUBMITTED");
		assertThat(rateRow(submitted).getLong("version")).isEqualTo(1);
		assertThat(rateRow(swept).getString("status")).isEqualTo("OVERDUE");
		assertThat(rateRow(swept).getLong("version")).isEqualTo(1);
		List<ConsumerRecord<String, String>> records = this.kafka.readUntil(Topics.REPORTING,
				(read) -> !overdueFor(read, swept).isEmpty(), ReportingApi.WAIT);
		assertThat(overdueFor(records, swept)).hasSize(1);
	}

	private Document rateRow(String obligationId) {
		return this.mongo.findOne(new Query(where("_id").is(obligationId)), Document.class, "report_rates");
	}

	private static List<ConsumerRecord<String, String>> overdueFor(List<ConsumerRecord<String, String>> records,
			String obligationId) {
		return records.stream()
			.filter((record) -> record.key().equals(obligationId))
			.filter((record) -> "vn.health.report.overdue".equals(KafkaTestClient.header(record, CloudEventHeaders.TYPE)))
			.toList();
	}

}
