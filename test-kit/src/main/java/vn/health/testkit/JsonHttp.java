package vn.health.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for JSON APIs, as an integrator or the console would call them. */
public final class JsonHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String baseUrl;

	private final Map<String, String> defaultHeaders;

	public JsonHttp(String baseUrl) {
		this(baseUrl, Map.of());
	}

	private JsonHttp(String baseUrl, Map<String, String> defaultHeaders) {
		this.baseUrl = baseUrl;
		this.defaultHeaders = defaultHeaders;
	}

	/** The same client sending {@code Authorization: Bearer <token>} with every request. */
	public JsonHttp withBearer(String token) {
		Map<String, String> headers = new HashMap<>(this.defaultHeaders);
		headers.put("Authorization", "Bearer " + token);
		return new JsonHttp(this.baseUrl, Map.copyOf(headers));
	}

	public Response get(String path) {
		return get(path, Map.of());
	}

	public Response get(String path, Map<String, String> headers) {
		return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
	}

	public Response post(String path, String json) {
		return post(path, json, Map.of());
	}

	public Response post(String path, String json, Map<String, String> headers) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString((json != null) ? json : "")), headers);
	}

	/** An {@code application/x-www-form-urlencoded} POST, e.g. a token request. */
	public Response postForm(String path, String form, Map<String, String> headers) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)), headers);
	}

	public Response put(String path, String json) {
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json)), Map.of());
	}

	private URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	private Response send(HttpRequest.Builder request, Map<String, String> headers) {
		this.defaultHeaders.forEach(request::setHeader);
		headers.forEach(request::setHeader);
		request.header("Accept", "application/json, application/problem+json").timeout(Duration.ofSeconds(30));
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("X-Correlation-Id").orElse(null), response.body(),
					response.headers().map());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Status, content type, correlation id and the body, parsed on demand; all headers. */
	public record Response(int status, String contentType, String correlationId, String body,
			Map<String, List<String>> headers) {

		public Response(int status, String contentType, String correlationId, String body) {
			this(status, contentType, correlationId, body, Map.of());
		}

		/** The first value of a response header, or {@code null}. */
		public String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((header) -> header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty())
				.map((header) -> header.getValue().getFirst())
				.findFirst()
				.orElse(null);
		}

		public JsonNode json() {
			return JSON.readTree(this.body);
		}

		@Override
		public String toString() {
			return this.status + " " + this.contentType + " " + this.body;
		}

	}

}
