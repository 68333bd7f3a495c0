package vn.health.notification.webhook;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Webhook settings under {@code notification.webhooks.*}.
 *
 * @param allowPrivateAddresses whether receivers on loopback, private or link-local addresses are accepted; only
 * for tests and local demos, default {@code false} (SSRF: a subscriber must not reach the province's internal
 * network through this service)
 * @param period how often the delivery sweep looks for due deliveries, default 10 s
 * @param firstDelay wait after the first failed attempt, doubled after each further one, default 1 min
 * @param maxDelay longest wait between two attempts, default 4 h
 * @param retryFor how long failed deliveries are retried before they are {@code FAILED}, default 24 h
 * @param batchSize deliveries per sweep, default 50
 * @param lease how long a claimed delivery is hidden from other sweeps while it is sent, default 2 min
 * @param connectTimeout TCP connect timeout, default 2 s (the {@code webhook} time limiter bounds the whole call)
 * @param source the CloudEvents {@code source} of delivered events, default {@code urn:vn-health:truyen-thong-y-te}
 */
@ConfigurationProperties("notification.webhooks")
public record WebhookProperties(@DefaultValue("false") boolean allowPrivateAddresses,
		@DefaultValue("10s") Duration period, @DefaultValue("1m") Duration firstDelay,
		@DefaultValue("4h") Duration maxDelay, @DefaultValue("24h") Duration retryFor,
		@DefaultValue("50") int batchSize, @DefaultValue("2m") Duration lease,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("urn:vn-health:truyen-thong-y-te") String source) {

	RetrySchedule schedule() {
		return new RetrySchedule(this.firstDelay, this.maxDelay, this.retryFor);
	}

}
