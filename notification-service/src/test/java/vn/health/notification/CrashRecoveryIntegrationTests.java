package vn.health.notification;

import java.time.Instant;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import vn.health.notification.delivery.Channel;
import vn.health.notification.delivery.Delivery;
import vn.health.notification.delivery.DeliveryStatus;
import vn.health.testkit.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A process that died after claiming a delivery and handing the e-mail to SMTP, but before recording the outcome,
 * leaves an open claim and no delivery line. The redelivered event must send again rather than lose the alert
 * (README, "Record, then send").
 */
class CrashRecoveryIntegrationTests extends IntegrationTestSupport {

	@Test
	void anAlertWhoseSendingWasNeverRecordedIsSentAgainWhenTheEventComesBack() {
		String unit = SharedInfrastructure.uniqueName("tyt-crash");
		String address = unit + "@demo.syt.vn";
		publishUnit(unit, address);
		ProducerRecord<String, String> overdue = overdue(unit);
		String key = Delivery.key(eventId(overdue), unit, Channel.EMAIL);
		this.mongo.getCollection("processed_keys")
			.insertOne(new Document("_id", key).append("done", false).append("claimedAt", Instant.now()));

		this.kafka.send(overdue);

		await().atMost(BROKER).until(() -> emailsTo(address).size() == 1);
		await().atMost(BROKER)
			.untilAsserted(() -> assertThat(this.deliveries.findById(key)).map(Delivery::status)
				.contains(DeliveryStatus.SENT));
		Document claim = this.mongo.getCollection("processed_keys").find(new Document("_id", key)).first();
		assertThat(claim.getBoolean("done")).isTrue();
	}

}
