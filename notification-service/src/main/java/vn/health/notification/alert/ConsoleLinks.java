package vn.health.notification.alert;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Liên kết tới giao diện — the console page where a unit acts on a notice, under
 * {@code notification.console-base-url}: {@code <base>/bao-cao/<obligation id>}, the console's page of the report.
 */
public record ConsoleLinks(String baseUrl) {

	public String obligation(String obligationId) {
		String base = this.baseUrl.endsWith("/") ? this.baseUrl.substring(0, this.baseUrl.length() - 1) : this.baseUrl;
		return base + "/bao-cao/" + URLEncoder.encode(obligationId, StandardCharsets.UTF_8);
	}

}
