package vn.health.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Each service is stood in for by a local HTTP server that answers with its own name. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayRoutingTests {

	private static final List<String> SERVICES = List.of("plan-service", "reporting-service", "calendar-service",
			"notification-service");

	private static final List<Seen> seen = new CopyOnWriteArrayList<>();

	private static final List<HttpServer> backends = SERVICES.stream().map(GatewayRoutingTests::backend).toList();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void routeToBackends(DynamicPropertyRegistry registry) {
		for (int i = 0; i < SERVICES.size(); i++) {
			String variable = SERVICES.get(i).replace("-service", "").toUpperCase() + "_SERVICE_URL";
			int backendPort = backends.get(i).getAddress().getPort();
			registry.add(variable, () -> "http://127.0.0.1:" + backendPort);
		}
	}

	@AfterAll
	static void stopBackends() {
		backends.forEach((server) -> server.stop(0));
	}

	@BeforeEach
	void forgetRequests() {
		seen.clear();
	}

	@ParameterizedTest
	@CsvSource({ "/api/units, plan-service", "/api/plans/p1/issue, plan-service", "/api/integration/edxml, plan-service",
			"/api/obligations?plan=p1, reporting-service", "/api/admin/sweeps/overdue, reporting-service",
			"/api/calendar/themes?year=2024, calendar-service",
			"/api/notifications/inbox?unit=cdc, notification-service" })
	void routesEachPublicPathToTheServiceThatOwnsIt(String path, String service) {
		JsonHttp.Response response = new JsonHttp("http://127.0.0.1:" + this.port).post(path, "{}");

		assertThat(response.body()).isEqualTo(service);
		assertThat(seen).singleElement().satisfies((request) -> {
			assertThat(request.service()).isEqualTo(service);
			assertThat(path).startsWith(request.path());
			assertThat(request.correlationId()).isEqualTo(response.correlationId()).isNotBlank();
		});
	}

	@Test
	void keepsAWellFormedCorrelationIdAndReplacesAnUnsafeOne() {
		JsonHttp http = new JsonHttp("http://127.0.0.1:" + this.port);

		JsonHttp.Response kept = http.post("/api/plans", "{}", Map.of("X-Correlation-Id", "abc-123"));
		JsonHttp.Response replaced = http.post("/api/plans", "{}", Map.of("X-Correlation-Id", "bad id\twith tabs"));

		assertThat(kept.correlationId()).isEqualTo("abc-123");
		assertThat(replaced.correlationId()).isNotEqualTo("bad id\twith tabs").matches("[0-9a-f-]{36}");
		assertThat(seen).extracting(Seen::correlationId).containsExactly("abc-123", replaced.correlationId());
	}

	@Test
	void theCallerSeesTheCorrelationIdOnceEvenThoughTheServiceEchoesIt() throws Exception {
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/units")).build(),
					HttpResponse.BodyHandlers.discarding());

		assertThat(response.headers().allValues("X-Correlation-Id")).hasSize(1);
	}

	@Test
	void unknownPathsAreNotForwardedAndAnsweredAsAProblem() {
		JsonHttp.Response response = new JsonHttp("http://127.0.0.1:" + this.port).get("/api/nothing-here");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("title").asString()).isEqualTo("Không tìm thấy / Not found");
		assertThat(seen).isEmpty();
	}

	/** Last: it stops the stand-in calendar-service. */
	@Test
	@Order(Integer.MAX_VALUE)
	void aServiceThatIsDownIsAProblemSayingToTryAgainLater() {
		backends.get(SERVICES.indexOf("calendar-service")).stop(0);

		JsonHttp.Response response = new JsonHttp("http://127.0.0.1:" + this.port)
			.get("/api/calendar/themes?year=2024");

		assertThat(response.status()).isEqualTo(503);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("title").asString())
			.isEqualTo("Dịch vụ tạm thời không khả dụng / Service unavailable");
	}

	private static HttpServer backend(String service) {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext("/", (exchange) -> {
				String correlationId = exchange.getRequestHeaders().getFirst("X-Correlation-Id");
				seen.add(new Seen(service, exchange.getRequestURI().getPath(), correlationId));
				// Services echo the id, as service-kit's filter does; the caller must still see it once.
				exchange.getResponseHeaders().set("X-Correlation-Id", correlationId);
				byte[] body = service.getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(200, body.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(body);
				}
			});
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Seen(String service, String path, String correlationId) {

	}

}
