package vn.health.notification.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryScheduleTests {

	private static final Instant FIRST = Instant.parse("2024-06-19T03:00:00Z");

	private final RetrySchedule schedule = new RetrySchedule(Duration.ofMinutes(1), Duration.ofHours(4),
			Duration.ofHours(24));

	@Test
	void waitsDoubleAfterEachFailureUpToTheLongestWait() {
		assertThat(this.schedule.next(FIRST, 1, FIRST)).contains(FIRST.plus(Duration.ofMinutes(1)));
		assertThat(this.schedule.next(FIRST, 2, FIRST)).contains(FIRST.plus(Duration.ofMinutes(2)));
		assertThat(this.schedule.next(FIRST, 5, FIRST)).contains(FIRST.plus(Duration.ofMinutes(16)));
		assertThat(this.schedule.next(FIRST, 9, FIRST)).contains(FIRST.plus(Duration.ofHours(4)));
		assertThat(this.schedule.next(FIRST, 40, FIRST)).contains(FIRST.plus(Duration.ofHours(4)));
	}

	@Test
	void keepsTryingForAtLeastADayAndThenGivesUp() {
		Instant now = FIRST;
		int attempts = 1;
		Optional<Instant> next = this.schedule.next(FIRST, attempts, now);
		while (next.isPresent()) {
			now = next.get();
			next = this.schedule.next(FIRST, ++attempts, now);
		}

		assertThat(Duration.between(FIRST, now)).isGreaterThanOrEqualTo(Duration.ofHours(24))
			.isLessThan(Duration.ofHours(28));
		assertThat(attempts).isBetween(12, 16);
	}

}
