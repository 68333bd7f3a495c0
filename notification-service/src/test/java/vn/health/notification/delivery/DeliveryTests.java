package vn.health.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.health.contracts.notification.NotificationDelivered;
import vn.health.contracts.notification.NotificationFailed;
import vn.health.servicekit.outbox.OutboxEvent;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryTests {

	private static final Instant NOW = Instant.parse("2024-06-19T03:00:00Z");

	private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

	private static final SourceEvent SOURCE = new SourceEvent("e1", "vn.health.report.overdue");

	@Test
	void aFailedAttemptIsDueAgainAfterADelayThatDoublesEachTime() {
		Delivery delivery = due().failed("500", NOW, FIVE_MINUTES, 4);
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.DEFERRED);
		assertThat(delivery.notBefore()).isEqualTo(NOW.plus(FIVE_MINUTES));

		Delivery twice = delivery.failed("500", NOW, FIVE_MINUTES, 4);

		assertThat(twice.notBefore()).isEqualTo(NOW.plusSeconds(600));
		assertThat(twice.attempts()).isEqualTo(2);
		assertThat(twice.lastError()).isEqualTo("500");
	}

	@Test
	void aDeliveryFailsForGoodWhenItsAttemptsAreUsedUp() {
		Delivery last = due().failed("500", NOW, FIVE_MINUTES, 2).failed("timeout", NOW, FIVE_MINUTES, 2);

		assertThat(last.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(last.notBefore()).isNull();
		assertThat(last.attempts()).isEqualTo(2);
		assertThat(last.pendingEvents()).extracting(OutboxEvent::payload)
			.containsExactly(new NotificationFailed("e1|tyt|SMS", "e1", "vn.health.report.overdue", "tyt", "SMS", 2,
					"timeout", NOW));
	}

	@Test
	void aSentDeliveryRecordsOneDeliveredOutcome() {
		Delivery sent = due().failed("500", NOW, FIVE_MINUTES, 4).sent(NOW);

		assertThat(sent.pendingEvents()).extracting(OutboxEvent::payload)
			.containsExactly(new NotificationDelivered("e1|tyt|SMS", "e1", "vn.health.report.overdue", "tyt", "SMS", 2,
					NOW));
	}

	@Test
	void postponedAndRetriedDeliveriesRecordNoOutcomeYet() {
		Delivery waiting = due().postponedTo(NOW.plusSeconds(3600), NOW).failed("500", NOW, FIVE_MINUTES, 4);

		assertThat(waiting.pendingEvents()).isEmpty();
	}

	@Test
	void aUnitWithoutAddressRecordsAFailedOutcome() {
		Delivery skipped = Delivery.withoutAddress(SOURCE, "tyt", Channel.EMAIL, NOW);

		assertThat(skipped.status()).isEqualTo(DeliveryStatus.SKIPPED_NO_ADDRESS);
		assertThat(skipped.pendingEvents()).extracting(OutboxEvent::payload)
			.containsExactly(new NotificationFailed("e1|tyt|EMAIL", "e1", "vn.health.report.overdue", "tyt", "EMAIL", 0,
					"No EMAIL address for the unit", NOW));
	}

	@Test
	void aRefusedDeliveryFailsAtOnce() {
		assertThat(due().rejected("bad number", NOW).status()).isEqualTo(DeliveryStatus.FAILED);
	}

	@Test
	void postponingForQuietHoursCountsNoAttempt() {
		Delivery postponed = due().postponedTo(NOW.plusSeconds(3600), NOW);

		assertThat(postponed.attempts()).isZero();
		assertThat(postponed.status()).isEqualTo(DeliveryStatus.DEFERRED);
		assertThat(postponed.notBefore()).isEqualTo(NOW.plusSeconds(3600));
	}

	private static Delivery due() {
		return Delivery.due(SOURCE, "tyt", Channel.SMS, "84912345678",
				new Notice("s", "t", "h", "sms", "overdue", Map.of()), false, NOW, NOW);
	}

}
