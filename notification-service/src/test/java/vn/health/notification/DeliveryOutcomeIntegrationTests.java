package vn.health.notification;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;

import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.EventType;
import vn.health.contracts.Topics;
import vn.health.notification.delivery.Delivery;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Delivery outcomes on notifications.v1 through the outbox, once per notification, and the delivery log API. */
class DeliveryOutcomeIntegrationTests extends IntegrationTestSupport {

	@Test
	void eachNotificationOutcomeIsPublishedExactlyOnceAlthoughTheEventIsRedelivered() {
		String unit = SharedInfrastructure.uniqueName("tyt-outcome");
		publishUnit(unit, null);
		ProducerRecord<String, String> overdue = overdue(unit);

		this.kafka.send(overdue);
		await().atMost(BROKER).until(() -> this.deliveries.findByRecipientUnitId(unit).size() == 2);
		redeliver(Topics.REPORTING, eventId(overdue));
		await().atMost(BROKER).until(() -> outboxDrained(unit));

		List<ConsumerRecord<String, String>> outcomes = this.kafka
			.readUntil(Topics.NOTIFICATIONS, (read) -> outcomesOf(read, unit).size() >= 2, BROKER);
		assertThat(outcomesOf(outcomes, unit))
			.extracting((record) -> KafkaTestClient.header(record, CloudEventHeaders.TYPE), ConsumerRecord::key,
					(record) -> this.json.readTree(record.value()).path("sourceEventType").asString())
			.containsExactlyInAnyOrder(
					tuple(EventType.NOTIFICATION_DELIVERED.typeName(), eventId(overdue) + "|" + unit + "|INBOX",
							EventType.REPORT_OVERDUE.typeName()),
					tuple(EventType.NOTIFICATION_FAILED.typeName(), eventId(overdue) + "|" + unit + "|EMAIL",
							EventType.REPORT_OVERDUE.typeName()));
	}

	@Test
	void theDeliveryLogIsFilteredByUnitChannelStatusAndTime() {
		String unit = SharedInfrastructure.uniqueName("tyt-log");
		publishUnit(unit, unit + "@demo.syt.vn");
		this.kafka.send(overdue(unit));
		await().atMost(BROKER).until(() -> emailsTo(unit + "@demo.syt.vn").size() == 1);

		this.http.get()
			.uri("/api/notifications/deliveries?unit={unit}&channel=email&status=SENT&from=2024-06-19&to=2024-06-19", unit)
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.total").isEqualTo(1)
			.jsonPath("$.items[0].channel").isEqualTo("EMAIL")
			.jsonPath("$.items[0].address").isEqualTo(unit + "@demo.syt.vn")
			.jsonPath("$.items[0].eventType").isEqualTo("vn.health.report.overdue");
		this.http.get()
			.uri("/api/notifications/deliveries?unit={unit}&from=2024-06-20", unit)
			.exchange()
			.expectBody()
			.jsonPath("$.total").isEqualTo(0);
		this.http.get()
			.uri("/api/notifications/deliveries?unit={unit}&size=1", unit)
			.exchange()
			.expectBody()
			.jsonPath("$.total").isEqualTo(2)
			.jsonPath("$.items.length()").isEqualTo(1);
	}

	@Test
	void theDeliveryLogRejectsAnUnknownChannelAndAnUnreadableTime() {
		this.http.get()
			.uri("/api/notifications/deliveries?channel=FAX&from=yesterday")
			.exchange()
			.expectStatus().isBadRequest()
			.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.errors[*].field").isEqualTo(List.of("channel", "from"))
			.jsonPath("$.errors[0].message").isEqualTo("Kênh không hợp lệ (EMAIL, INBOX, SMS, ZALO)");
	}

	private boolean outboxDrained(String unit) {
		return !this.mongo.exists(new Query(where("recipientUnitId").is(unit).and("pendingEvents.0").exists(true)),
				Delivery.class);
	}

	private List<ConsumerRecord<String, String>> outcomesOf(List<ConsumerRecord<String, String>> records, String unit) {
		return records.stream().filter((record) -> {
			JsonNode outcome = this.json.readTree(record.value());
			return unit.equals(outcome.path("unitId").asString());
		}).toList();
	}

}
