package vn.health.notification.alert;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Liên kết tới giao diện — the console page where a unit acts on a notice, under
 * {@code notification.console-base-url}: {@code <base>/obligations/<obligation id>}.
 */
public record ConsoleLinks(String baseUrl) {

	public String obligation(String obligationId) {
		String base = this.baseUrl.endsWith("/") ? this.baseUrl.substring(0, this.baseUrl.length() - 1) : this.baseUrl;
		return base + "/obligations/" + URLEncoder.encode(obligationId, StandardCharsets.UTF_8);
	}

}
