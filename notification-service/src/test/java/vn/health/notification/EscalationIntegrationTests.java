package vn.health.notification;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.EventType;
import vn.health.contracts.Topics;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A report escalated to the supervising unit, and the other reporting events this service has no use for. */
class EscalationIntegrationTests extends IntegrationTestSupport {

	@Test
	void escalationAtNightReachesTheSupervisorAndTheLateUnitAtOnceAndOnlyOnce() {
		String supervisor = SharedInfrastructure.uniqueName("ttyt-supervisor");
		String late = SharedInfrastructure.uniqueName("tyt-late");
		publishUnit(supervisor, supervisor + "@demo.syt.vn");
		publishUnit(late, late + "@demo.syt.vn", supervisor);
		clock.set(OffsetDateTime.parse("2024-06-22T23:30+07:00").toInstant());
		ProducerRecord<String, String> escalated = escalated(late, supervisor);

		this.kafka.send(escalated);
		await().atMost(BROKER)
			.until(() -> emailsTo(supervisor + "@demo.syt.vn").size() == 1 && emailsTo(late + "@demo.syt.vn").size() == 1);
		redeliver(Topics.REPORTING, eventId(escalated));

		assertThat(emailsTo(supervisor + "@demo.syt.vn")).extracting(MimeMessage::getSubject)
			.containsExactly("[Báo cáo cấp trên] Đơn vị " + late
					+ " chưa gửi Báo cáo 6 tháng đầu năm – Kế hoạch 91/KH-SYT");
		assertThat(emailsTo(late + "@demo.syt.vn")).extracting(MimeMessage::getSubject)
			.containsExactly("[Đã báo cáo cấp trên] Báo cáo 6 tháng đầu năm – Kế hoạch 91/KH-SYT: quá hạn 3 ngày làm việc");
		assertThat(inbox(supervisor).total()).isEqualTo(1);
		assertThat(inbox(late).total()).isEqualTo(1);
	}

	@Test
	void obligationEventsAreIgnoredNotDeadLettered() {
		String unit = SharedInfrastructure.uniqueName("tyt-obligation");
		ObjectNode created = sample(EventType.OBLIGATION_CREATED);
		String obligationId = created.get("planId").asString() + ".r1." + unit;
		created.put("obligationId", obligationId).put("unitId", unit);
		ProducerRecord<String, String> obligation = KafkaTestClient.cloudEvent(EventType.OBLIGATION_CREATED,
				obligationId, this.json.writeValueAsString(created));
		// Same key, so same partition: read after the obligation event, the malformed one marks that it was handled.
		ProducerRecord<String, String> marker = KafkaTestClient.cloudEvent(EventType.REPORT_OVERDUE, obligationId,
				"{\"obligationId\": ");

		this.kafka.send(obligation);
		this.kafka.send(marker);

		List<ConsumerRecord<String, String>> dead = this.kafka.readUntil(Topics.deadLetter(Topics.REPORTING, GROUP),
				(read) -> read.stream().anyMatch(withEventId(eventId(marker))), BROKER);
		assertThat(dead).filteredOn((record) -> obligationId.equals(record.key()))
			.extracting((record) -> KafkaTestClient.header(record, CloudEventHeaders.TYPE))
			.containsExactly(EventType.REPORT_OVERDUE.typeName());
	}

}
