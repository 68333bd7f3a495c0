package vn.health.plan.edxml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import vn.health.testkit.JsonHttp;
import vn.health.testkit.security.TestTokens;

/** Sends packages to {@code /api/integration/edxml} as another agency's system does: raw XML or a multipart file. */
final class EdXmlHttp {

	private final HttpClient client = HttpClient.newHttpClient();

	private final int port;

	EdXmlHttp(int port) {
		this.port = port;
	}

	JsonHttp.Response send(String contentType, byte[] body) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/integration/edxml"))
			.header("Content-Type", contentType)
			.header("Authorization", TestTokens.bearer(TestTokens.get().forClient("lgsp-bac-giang", "syt")))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
		try {
			HttpResponse<String> response = this.client.send(request,
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new JsonHttp.Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					null, response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
