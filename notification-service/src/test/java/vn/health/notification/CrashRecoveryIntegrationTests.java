package vn.health.notification;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import vn.health.contracts.EventType;
import vn.health.notification.delivery.Channel;
import vn.health.notification.delivery.Deliveries;
import vn.health.notification.delivery.Delivery;
import vn.health.notification.delivery.DeliveryStatus;
import vn.health.notification.delivery.Notice;
import vn.health.notification.delivery.SourceEvent;
import vn.health.testkit.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A process that died after claiming a delivery and handing the e-mail to SMTP, but before recording the outcome,
 * leaves the delivery {@code SENDING}. Neither the redelivered event nor any sweep sends it again (at most once per
 * event, recipient and channel); once the claim is older than the lease it ends {@code UNCONFIRMED}, and a province
 * administrator can send it again (README, "Record, then send").
 */
class CrashRecoveryIntegrationTests extends IntegrationTestSupport {

	@Autowired
	private Deliveries recorded;

	@Test
	void aDeliveryWhoseProcessDiedWhileSendingIsNotSentAgainEndsUnconfirmedAndAnAdministratorMaySendIt() {
		String unit = SharedInfrastructure.uniqueName("tyt-crash");
		String address = unit + "@demo.syt.vn";
		publishUnit(unit, address);
		ProducerRecord<String, String> overdue = overdue(unit);
		String key = Delivery.key(eventId(overdue), unit, Channel.EMAIL);
		leftSendingBeforeACrash(overdue, unit, address);

		this.kafka.send(overdue);

		await().atMost(BROKER).until(() -> inbox(unit).items().size() == 1);
		this.recorded.endAbandonedClaims();
		Delivery unconfirmed = this.deliveries.findById(key).orElseThrow();
		assertThat(unconfirmed.status()).isEqualTo(DeliveryStatus.UNCONFIRMED);
		assertThat(unconfirmed.lastError()).contains("may have it");
		assertThat(emailsTo(address)).isEmpty();

		as(unit, "UNIT_OFFICER").post().uri("/api/notifications/deliveries/{id}/redeliver", key).exchange()
			.expectStatus().isForbidden();
		this.http.post().uri("/api/notifications/deliveries/{id}/redeliver", key).exchange().expectStatus().isOk();

		await().atMost(BROKER).until(() -> this.deliveries.findById(key).orElseThrow().status() == DeliveryStatus.SENT);
		assertThat(emailsTo(address)).hasSize(1);
		this.http.post()
			.uri("/api/notifications/deliveries/{id}/redeliver", key)
			.exchange()
			.expectStatus()
			.isEqualTo(409)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.value((detail) -> assertThat(detail.toString()).contains("gửi lại"));
		this.http.post().uri("/api/notifications/deliveries/{id}/redeliver", key + "x").exchange()
			.expectStatus().isNotFound();
	}

	/** What a crash between claim and outcome leaves: the delivery claimed ten minutes ago, still SENDING. */
	private void leftSendingBeforeACrash(ProducerRecord<String, String> event, String unit, String address) {
		Notice notice = new Notice("Báo cáo quá hạn", "Báo cáo quá hạn", "<p>Báo cáo quá hạn</p>", "Báo cáo quá hạn",
				"overdue", Map.of());
		SourceEvent source = new SourceEvent(eventId(event), EventType.REPORT_OVERDUE.typeName());
		Delivery delivery = Delivery.due(source, unit, Channel.EMAIL, address, notice, false, clock.instant(),
				clock.instant());
		this.deliveries.save(delivery);
		this.mongo.getCollection("deliveries")
			.updateOne(new Document("_id", delivery.id()), new Document("$set",
					new Document("status", "SENDING").append("at", clock.instant().minus(Duration.ofMinutes(10)))));
	}

}
