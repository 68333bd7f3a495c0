package vn.health.calendar;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** What test-kit's {@code JsonHttp} does not send: a DELETE, as an operator's console would. */
public final class RawHttp {

	private RawHttp() {
	}

	public static HttpResponse<String> delete(int port, String path) throws IOException, InterruptedException {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).DELETE().build(),
					HttpResponse.BodyHandlers.ofString());
		}
	}

}
