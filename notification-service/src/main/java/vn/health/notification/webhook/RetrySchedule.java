package vn.health.notification.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Lịch gửi lại — when a failed webhook delivery is tried again: {@code firstDelay} doubled per failed attempt up to
 * {@code maxDelay}, for at least {@code retryFor} after the first attempt (the last attempt is at or after that).
 * Plain Java: tested without Spring.
 */
public record RetrySchedule(Duration firstDelay, Duration maxDelay, Duration retryFor) {

	/** The next attempt after the {@code attempts}-th failed one, or empty when the delivery has had its time. */
	public Optional<Instant> next(Instant firstAttemptAt, int attempts, Instant now) {
		if (!now.isBefore(firstAttemptAt.plus(this.retryFor))) {
			return Optional.empty();
		}
		Duration wait = this.firstDelay.multipliedBy(1L << Math.min(attempts - 1, 30));
		return Optional.of(now.plus((wait.compareTo(this.maxDelay) > 0) ? this.maxDelay : wait));
	}

}
