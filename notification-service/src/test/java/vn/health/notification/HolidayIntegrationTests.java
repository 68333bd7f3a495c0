package vn.health.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.health.contracts.EventType;
import vn.health.contracts.Topics;
import vn.health.notification.delivery.Channel;
import vn.health.notification.delivery.Delivery;
import vn.health.notification.delivery.DeliveryStatus;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** Public holidays from calendar-service: the latest revision per year, and non-urgent notices waiting them out. */
class HolidayIntegrationTests extends IntegrationTestSupport {

	@Test
	void aNoticeOnTheEveOfTheMayHolidaysWaitsForTheFirstWorkingMorningAfterThemAndAStaleRevisionChangesNothing() {
		this.kafka.send(holidays(2024, 7, List.of("2024-04-29", "2024-04-30", "2024-05-01"), List.of("2024-05-04")));
		this.kafka.send(holidays(2024, 6, List.of(), List.of()));
		await().atMost(BROKER).until(() -> this.kafka.caughtUp(GROUP, Topics.CALENDAR) && storedRevision(2024) == 7);
		String unit = SharedInfrastructure.uniqueName("tyt-holiday");
		publishUnit(unit, unit + "@demo.syt.vn");
		clock.set(OffsetDateTime.parse("2024-04-26T22:00+07:00").toInstant());

		this.kafka.send(overdue(unit));

		Instant firstWorkingMorning = OffsetDateTime.parse("2024-05-02T07:30+07:00").toInstant();
		await().atMost(BROKER).untilAsserted(() -> assertThat(this.deliveries.findByRecipientUnitId(unit))
			.extracting(Delivery::channel, Delivery::status, Delivery::notBefore)
			.containsExactlyInAnyOrder(tuple(Channel.INBOX, DeliveryStatus.SENT, null),
					tuple(Channel.EMAIL, DeliveryStatus.DEFERRED, firstWorkingMorning)));
		assertThat(storedRevision(2024)).isEqualTo(7);
	}

	private ProducerRecord<String, String> holidays(int year, long revision, List<String> daysOff, List<String> workedWeekendDays) {
		ObjectNode event = sample(EventType.HOLIDAYS_PUBLISHED).put("year", year).put("revision", revision);
		ArrayNode off = event.putArray("daysOff");
		daysOff.forEach((day) -> off.addObject().put("date", day).put("name", "Nghỉ lễ").put("kind", "PUBLIC_HOLIDAY"));
		ArrayNode worked = event.putArray("workingWeekendDays");
		workedWeekendDays.forEach(worked::add);
		return KafkaTestClient.cloudEvent(EventType.HOLIDAYS_PUBLISHED, "holidays-" + year,
				this.json.writeValueAsString(event));
	}

	private long storedRevision(int year) {
		Document stored = this.mongo.getCollection("holidays").find(new Document("_id", year)).first();
		return (stored != null) ? stored.get("revision", Number.class).longValue() : 0;
	}

}
