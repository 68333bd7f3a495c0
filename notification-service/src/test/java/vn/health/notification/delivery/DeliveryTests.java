package vn.health.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryTests {

	private static final Instant NOW = Instant.parse("2024-06-19T03:00:00Z");

	private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

	@Test
	void aFailedAttemptIsDueAgainAfterADelayThatDoublesEachTime() {
		Delivery once = due().failed("500", NOW, FIVE_MINUTES, 4);
		Delivery twice = once.failed("500", NOW, FIVE_MINUTES, 4);

		assertThat(once.status()).isEqualTo(DeliveryStatus.DEFERRED);
		assertThat(once.notBefore()).isEqualTo(NOW.plus(FIVE_MINUTES));
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
		return Delivery.due("e1", "tyt", Channel.SMS, "84912345678",
				new Notice("s", "t", "h", "sms", "overdue", Map.of()), false, NOW, NOW);
	}

}
