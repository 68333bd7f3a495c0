package vn.health.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Gửi và gửi lại — how recorded deliveries are sent and failed ones tried again, under
 * {@code notification.redelivery.*}.
 *
 * @param period how often an idle channel worker looks for deliveries that came due (deferred by quiet hours or a
 * failure, or recorded by another instance), default 5 s; a delivery due at once wakes it sooner
 * @param firstDelay wait after the first failed attempt, doubled after each further one, default 5 min
 * @param maxAttempts attempts before a delivery is {@code FAILED} for good, default 6 (about 2.5 h of trying)
 * @param batchSize deliveries a worker claims per look, default 20 (an urgent one waits at most a batch)
 * @param lease a claim still {@code SENDING} after this is abandoned (its process died while sending) and becomes
 * {@code UNCONFIRMED}; a worker tries to save its outcome for half of it (the store may be down), so it must be more
 * than twice the longest send with its in-line retries, default 5 min
 * @param concurrency deliveries of a batch a channel's worker sends at once, default 4 (within the channel's
 * bulkhead: 5 e-mails, 10 SMS, 5 Zalo messages in flight per instance)
 */
@ConfigurationProperties("notification.redelivery")
public record RedeliveryProperties(@DefaultValue("5s") Duration period, @DefaultValue("5m") Duration firstDelay,
		@DefaultValue("6") int maxAttempts, @DefaultValue("20") int batchSize, @DefaultValue("5m") Duration lease,
		@DefaultValue("4") int concurrency) {

	public RedeliveryProperties {
		if (concurrency < 1) {
			throw new IllegalArgumentException("notification.redelivery.concurrency must be at least 1, was " + concurrency);
		}
	}

}
