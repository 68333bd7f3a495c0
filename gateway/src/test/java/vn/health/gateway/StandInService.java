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
			List<String> identity) {

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
						exchange.getRequestHeaders().getFirst("Cookie"), identityHeaders(exchange.getRequestHeaders())));
				// Services echo the id, as service-kit's filter does; the caller must still see it once.
				exchange.getResponseHeaders().set("X-Correlation-Id", correlationId);
				byte[] body = service.getBytes(StandardCharsets.UTF_8);
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
