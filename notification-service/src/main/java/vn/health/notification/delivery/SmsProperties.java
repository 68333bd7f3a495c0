package vn.health.notification.delivery;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cổng SMS thương hiệu — the HTTP SMS-brandname gateway, under {@code notification.sms.*}.
 *
 * @param url the gateway's send endpoint ({@code SMS_GATEWAY_URL}), default {@code http://127.0.0.1:8089/sms/send}
 * @param apiKey sent in the {@code X-API-Key} header; only from the environment ({@code SMS_API_KEY})
 * @param brandname the registered sender name shown on the phone ({@code SMS_BRANDNAME}), default {@code SYT}
 * @param maxSegments longest message in SMS segments; Vietnamese with diacritics is sent as UCS-2, 70
 * characters in one segment and 67 per segment when concatenated; default 2 (134 characters)
 * @param connectTimeout TCP connect timeout, default 2 s (the channel's time limiter bounds the whole call)
 */
@ConfigurationProperties("notification.sms")
public record SmsProperties(@DefaultValue("http://127.0.0.1:8089/sms/send") String url, String apiKey,
		@DefaultValue("SYT") String brandname, @DefaultValue("2") int maxSegments,
		@DefaultValue("2s") Duration connectTimeout) {

	/** Characters that fit in {@link #maxSegments} UCS-2 segments. */
	int maxLength() {
		return this.maxSegments <= 1 ? 70 : 67 * this.maxSegments;
	}

}
