package vn.health.notification.delivery;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Kênh Zalo — sends a template message (ZNS) of the Official Account:
 * {@code {"phone", "template_id", "template_data", "tracking_id"}} with the {@code access_token} header.
 * Zalo answers HTTP 200 with {@code "error" != 0} for refusals (invalid token, number without Zalo,
 * template not approved): those are rejections for good; HTTP 5xx and timeouts may pass later.
 */
@Component
public final class ZaloChannel implements OutboundChannel {

	private final RestClient http;

	private final ZaloProperties settings;

	public ZaloChannel(RestClient.Builder http, ZaloProperties settings) {
		this.http = ProviderHttp.client(http, settings.connectTimeout());
		this.settings = settings;
	}

	@Override
	public Channel kind() {
		return Channel.ZALO;
	}

	@Override
	public void send(String address, Notice notice, String trackingId) {
		String templateId = this.settings.templates().get(notice.template());
		if (templateId == null) {
			throw new ProviderRejectedException("No Zalo template id configured for '" + notice.template() + "'");
		}
		JsonNode answer = this.http.post()
			.uri(this.settings.url())
			.contentType(MediaType.APPLICATION_JSON)
			.header("access_token", this.settings.accessToken() != null ? this.settings.accessToken() : "")
			.body(Map.of("phone", address, "template_id", templateId, "template_data", notice.templateData(),
					"tracking_id", trackingId))
			.retrieve()
			.onStatus(ProviderHttp::refusedForGood, (request, response) -> {
				throw new ProviderRejectedException("Zalo refused the message: " + response.getStatusCode());
			})
			.body(JsonNode.class);
		int error = (answer != null) ? answer.path("error").asInt(-1) : -1;
		if (error != 0) {
			throw new ProviderRejectedException("Zalo refused the message: error " + error + " "
					+ ((answer != null) ? answer.path("message").asString("") : ""));
		}
	}

}
