package vn.health.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Gửi lại — how deferred and failed deliveries are tried again, under {@code notification.redelivery.*}.
 *
 * @param period how often the sweep looks for due deliveries, default 1 min
 * @param firstDelay wait after the first failed attempt, doubled after each further one, default 5 min
 * @param maxAttempts attempts before a delivery is {@code FAILED} for good, default 6 (about 2.5 h of trying)
 * @param batchSize deliveries per sweep, default 50
 * @param lease how long a claimed delivery is hidden from other sweeps while it is sent, default 5 min
 */
@ConfigurationProperties("notification.redelivery")
public record RedeliveryProperties(@DefaultValue("1m") Duration period, @DefaultValue("5m") Duration firstDelay,
		@DefaultValue("6") int maxAttempts, @DefaultValue("50") int batchSize, @DefaultValue("5m") Duration lease) {

}
