package vn.health.calendar;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import vn.health.testkit.security.TestTokens;

/** What test-kit's {@code JsonHttp} does not send: a DELETE, as an operator's console would. */
public final class RawHttp {

	private RawHttp() {
	}

	/** As the province administrator. */
	public static HttpResponse<String> delete(int port, String path) throws IOException, InterruptedException {
		return delete(port, path, CalendarApi.token("PROVINCE_ADMIN", CalendarApi.ADMIN_UNIT));
	}

	/** With {@code token}, or none when it is {@code null}. */
	public static HttpResponse<String> delete(int port, String path, String token)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).DELETE();
		if (token != null) {
			request.header("Authorization", TestTokens.bearer(token));
		}
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

}
