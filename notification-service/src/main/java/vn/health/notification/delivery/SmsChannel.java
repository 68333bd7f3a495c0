package vn.health.notification.delivery;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Kênh SMS — posts {@code {"to", "brandname", "message", "requestId"}} as JSON to the SMS-brandname gateway.
 * A 4xx other than 429 is a rejection for good; 5xx, 429 and network errors may pass later.
 */
@Component
public final class SmsChannel implements OutboundChannel {

	private final RestClient http;

	private final SmsProperties settings;

	public SmsChannel(RestClient.Builder http, SmsProperties settings) {
		this.http = ProviderHttp.client(http, settings.connectTimeout());
		this.settings = settings;
	}

	@Override
	public Channel kind() {
		return Channel.SMS;
	}

	@Override
	public void send(String address, Notice notice, String trackingId) {
		this.http.post()
			.uri(this.settings.url())
			.contentType(MediaType.APPLICATION_JSON)
			.header("X-API-Key", this.settings.apiKey() != null ? this.settings.apiKey() : "")
			.body(Map.of("to", address, "brandname", this.settings.brandname(), "message",
					fit(notice.shortText(), this.settings.maxLength()), "requestId", trackingId))
			.retrieve()
			.onStatus(ProviderHttp::refusedForGood, (request, response) -> {
				throw new ProviderRejectedException("SMS gateway refused the message: " + response.getStatusCode());
			})
			.toBodilessEntity();
	}

	/** Cuts at a word where possible, keeping diacritics (UCS-2 counts each Vietnamese letter as one). */
	static String fit(String text, int maxLength) {
		if (text.length() <= maxLength) {
			return text;
		}
		String cut = text.substring(0, maxLength - 1);
		int space = cut.lastIndexOf(' ');
		return ((space > maxLength / 2) ? cut.substring(0, space) : cut) + "…";
	}

}
