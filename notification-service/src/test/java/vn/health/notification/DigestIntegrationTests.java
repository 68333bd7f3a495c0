package vn.health.notification;

import java.time.OffsetDateTime;
import java.util.stream.IntStream;

import jakarta.mail.internet.MimeMessage;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import vn.health.contracts.EventType;
import vn.health.notification.delivery.Channel;
import vn.health.notification.delivery.Delivery;
import vn.health.notification.digest.DigestSweep;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A unit that chose the daily digest gets its reminders in the inbox at once and by e-mail once, next morning. */
class DigestIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private DigestSweep digests;

	@Test
	void threeRemindersBecomeOneDigestEmailOnTheNextWorkingMorning() throws Exception {
		String unit = SharedInfrastructure.uniqueName("tyt-digest");
		String address = unit + "@demo.syt.vn";
		publishUnit(unit, null);
		chooseDigest(unit, address);

		IntStream.rangeClosed(1, 3).forEach((n) -> this.kafka.send(reminder(unit, "r" + n)));
		await().atMost(BROKER).until(() -> inbox(unit).total() == 3);
		assertThat(emailsTo(address)).isEmpty();

		clock.set(OffsetDateTime.parse("2024-06-20T07:29+07:00").toInstant());
		this.digests.sendDue();
		assertThat(emailsTo(address)).isEmpty();

		clock.set(OffsetDateTime.parse("2024-06-20T07:30+07:00").toInstant());
		this.digests.sendDue();
		this.digests.sendDue();

		await().atMost(BROKER).until(() -> !emailsTo(address).isEmpty());
		assertThat(emailsTo(address)).extracting(MimeMessage::getSubject)
			.containsExactly("[Tổng hợp] 3 báo cáo sắp đến hạn");
		assertThat(ReceivedMail.part(emailsTo(address).get(0), "text/plain"))
			.contains("Kính gửi: Đơn vị " + unit, "- Thông báo: [Sắp đến hạn] Báo cáo r2");
	}

	@Test
	void aReminderOnASaturdayWaitsForMondaysDigest() {
		String unit = SharedInfrastructure.uniqueName("tyt-digest-weekend");
		String address = unit + "@demo.syt.vn";
		publishUnit(unit, null);
		chooseDigest(unit, address);
		clock.set(OffsetDateTime.parse("2024-06-21T16:00+07:00").toInstant());
		this.kafka.send(reminder(unit, "r1"));
		await().atMost(BROKER).until(() -> inbox(unit).total() == 1);

		clock.set(OffsetDateTime.parse("2024-06-22T09:00+07:00").toInstant());
		this.digests.sendDue();
		assertThat(emailsTo(address)).isEmpty();

		clock.set(OffsetDateTime.parse("2024-06-24T07:30+07:00").toInstant());
		this.digests.sendDue();
		await().atMost(BROKER).until(() -> !emailsTo(address).isEmpty());
		assertThat(emailsTo(address)).extracting(MimeMessage::getSubject)
			.containsExactly("[Tổng hợp] 1 báo cáo sắp đến hạn");
	}

	/**
	 * On e-mail every notice, on SMS only overdue alerts: the morning's digest of reminders goes by e-mail and not by
	 * SMS, where it would carry nothing the unit chose.
	 */
	@Test
	void theDigestGoesOnlyOnTheChannelsThatCarryItsNotices() {
		String unit = SharedInfrastructure.uniqueName("tyt-digest-types");
		String address = unit + "@demo.syt.vn";
		publishUnit(unit, null);
		chooseDigest(unit, address, ", \"channels\": [\"INBOX\", \"EMAIL\", \"SMS\"], \"phone\": \"0912 000 099\","
				+ " \"eventTypes\": {\"SMS\": [\"report.overdue\"]}");
		this.kafka.send(reminder(unit, "r1"));
		await().atMost(BROKER).until(() -> inbox(unit).total() == 1);

		clock.set(OffsetDateTime.parse("2024-06-20T07:30+07:00").toInstant());
		this.digests.sendDue();

		await().atMost(BROKER).until(() -> !emailsTo(address).isEmpty());
		assertThat(this.deliveries.findByRecipientUnitId(unit)).extracting(Delivery::channel)
			.containsExactlyInAnyOrder(Channel.INBOX, Channel.EMAIL);
	}

	private void chooseDigest(String unit, String address) {
		chooseDigest(unit, address, ", \"channels\": [\"INBOX\", \"EMAIL\"]");
	}

	private void chooseDigest(String unit, String address, String channels) {
		this.http.put()
			.uri("/api/notifications/preferences")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"unit\": \"" + unit + "\"" + channels + ", \"email\": \"" + address + "\", \"digest\": true}")
			.exchange()
			.expectStatus().isOk()
			.expectBody().jsonPath("$.digest").isEqualTo(true);
	}

	private ProducerRecord<String, String> reminder(String unit, String requirement) {
		ObjectNode dueSoon = sample(EventType.REPORT_DUE_SOON);
		String obligationId = dueSoon.get("planId").asString() + "." + requirement + "." + unit;
		dueSoon.put("obligationId", obligationId).put("unitId", unit).put("requirementTitle", "Báo cáo " + requirement);
		return KafkaTestClient.cloudEvent(EventType.REPORT_DUE_SOON, obligationId, this.json.writeValueAsString(dueSoon));
	}

}
