package vn.health.servicekit.messaging;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.health.servicekit.StoreForTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class IdempotencyTests {

	private final Idempotency idempotency = new Idempotency(StoreForTests.freshDatabase(), Clock.systemUTC());

	@Test
	void anActionRunsOncePerKeyHoweverOftenTheMessageComes() {
		AtomicInteger sent = new AtomicInteger();

		assertThat(this.idempotency.runOnce("event-1|unit-a|EMAIL", sent::incrementAndGet)).isTrue();
		assertThat(this.idempotency.runOnce("event-1|unit-a|EMAIL", sent::incrementAndGet)).isFalse();
		assertThat(this.idempotency.runOnce("event-1|unit-a|INBOX", sent::incrementAndGet)).isTrue();

		assertThat(sent).hasValue(2);
	}

	@Test
	void anActionThatFailedRunsAgainOnRedelivery() {
		AtomicInteger attempts = new AtomicInteger();

		assertThatIllegalStateException().isThrownBy(() -> this.idempotency.runOnce("event-2|unit-a|EMAIL", () -> {
			attempts.incrementAndGet();
			throw new IllegalStateException("SMTP down");
		}));
		assertThat(this.idempotency.runOnce("event-2|unit-a|EMAIL", attempts::incrementAndGet)).isTrue();

		assertThat(attempts).hasValue(2);
	}

}
