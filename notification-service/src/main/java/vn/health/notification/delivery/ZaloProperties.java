package vn.health.notification.delivery;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Zalo Official Account — template messages (ZNS) of the health department's OA, under
 * {@code notification.zalo.*}.
 *
 * @param url the template-message endpoint ({@code ZALO_TEMPLATE_URL}), default
 * {@code http://127.0.0.1:8089/zalo/message/template} (production: {@code https://business.openapi.zalo.me/message/template})
 * @param accessToken the OA access token, sent in the {@code access_token} header; only from the environment
 * ({@code ZALO_ACCESS_TOKEN})
 * @param templates template ids approved by Zalo, by logical name (e.g. {@code overdue} ← {@code ZALO_TEMPLATE_OVERDUE})
 * @param connectTimeout TCP connect timeout, default 2 s (the channel's time limiter bounds the whole call)
 */
@ConfigurationProperties("notification.zalo")
public record ZaloProperties(@DefaultValue("http://127.0.0.1:8089/zalo/message/template") String url,
		String accessToken, Map<String, String> templates, @DefaultValue("2s") Duration connectTimeout) {

	public ZaloProperties {
		templates = (templates != null) ? Map.copyOf(templates) : Map.of();
	}

}
