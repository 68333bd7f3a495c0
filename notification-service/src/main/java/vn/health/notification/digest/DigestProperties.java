package vn.health.notification.digest;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bản tin tổng hợp — settings under {@code notification.digest.*}.
 *
 * @param sendAt when the day's digests go out on a working morning (Vietnam time), default 07:30; notices that
 * arrived before it are in that morning's digest
 * @param period how often the sweep checks whether digests are due, default 1 min
 * @param lease how long one instance holds the digest sweep, default 30 min
 */
@ConfigurationProperties("notification.digest")
public record DigestProperties(@DefaultValue("07:30") LocalTime sendAt, @DefaultValue("1m") Duration period,
		@DefaultValue("30m") Duration lease) {

}
