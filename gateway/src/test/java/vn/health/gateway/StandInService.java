package vn.health.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/** A service behind the gateway: answers every request with its own name and notes what it received. */
final class StandInService {

	/** What a service received through the gateway; {@code identity}: any {@code X-User} or {@code X-Unit-Id}. */
	record Seen(String service, String path, String correlationId, String authorization, String cookie,
			List<String> identity, String body) {

	}

	private final HttpServer server;

	private StandInService(HttpServer server) {
		this.server = server;
	}

	static StandInService start(String service, List<Seen> seen) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", (exchange) -> {
				String correlationId = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
				seen.add(new Seen(service, exchange.getRequestURI().getPath(), correlationId,
						exchange.getRequestHeaders().getFirst("Authorization"),
						exchange.getRequestHeaders().getFirst("Cookie"), identityHeaders(exchange.getRequestHeaders()),
						new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
				// Services echo the id, as service-kit's filter does; the caller must still see it once.
				if (correlationId != null) {
					exchange.getResponseHeaders().set("X-Correlation-Id", correlationId);
				}
				byte[] body = (exchange.getRequestURI().getPath().equals("/v3/api-docs") ? openApi(service) : service)
					.getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.start();
			return new StandInService(server);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A service's springdoc document, in short: one path and one schema of its own, one schema all share. */
	static String openApi(String service) {
		return """
				{"openapi": "3.1.0", "info": {"title": "%1$s"},
				 "paths": {"/api/%1$s/things": {"get": {"summary": "%1$s"}}},
				 "components": {"schemas": {"Thing-%1$s": {"type": "object"}, "ProblemDetail": {"type": "object"}}}}"""
			.formatted(service);
	}

	private static List<String> identityHeaders(Headers headers) {
		return Stream.of("X-User", "X-Unit-Id").filter(headers::containsKey).toList();
	}

	String url() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	void stop() {
		this.server.stop(0);
	}

}
