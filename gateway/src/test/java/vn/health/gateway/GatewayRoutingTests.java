package vn.health.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

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

import vn.health.gateway.StandInService.Seen;
import vn.health.testkit.JsonHttp;
import vn.health.testkit.security.TestTokens;
import vn.health.testkit.security.WithTestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/** Each service is stood in for by a local HTTP server that answers with its own name. */
@WithTestIssuer
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GatewayRoutingTests {

	private static final List<String> SERVICES = List.of("plan-service", "reporting-service", "calendar-service",
			"notification-service");

	private static final List<Seen> seen = new CopyOnWriteArrayList<>();

	private static final List<StandInService> backends = SERVICES.stream()
		.map((service) -> StandInService.start(service, seen))
		.toList();

	private static final String TOKEN = TestTokens.get().forUser("cdc", "COORDINATOR");

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void routeToBackends(DynamicPropertyRegistry registry) {
		for (int i = 0; i < SERVICES.size(); i++) {
			String variable = SERVICES.get(i).replace("-service", "").toUpperCase() + "_SERVICE_URL";
			String url = backends.get(i).url();
			registry.add(variable, () -> url);
		}
	}

	@AfterAll
	static void stopBackends() {
		backends.forEach(StandInService::stop);
	}

	@BeforeEach
	void forgetRequests() {
		seen.clear();
	}

	@ParameterizedTest
	@CsvSource({ "/api/units, plan-service", "/api/plans/p1/issue, plan-service", "/api/integration/edxml, plan-service",
			"/api/lgsp-sends/s1, plan-service",
			"/api/obligations?plan=p1, reporting-service", "/api/admin/sweeps/overdue, reporting-service",
			"/api/calendar/themes?year=2024, calendar-service",
			"/api/notifications/inbox?unit=cdc, notification-service" })
	void routesEachPublicPathToTheServiceThatOwnsIt(String path, String service) {
		JsonHttp.Response response = http().post(path, "{}");

		assertThat(response.body()).isEqualTo(service);
		assertThat(seen).singleElement().satisfies((request) -> {
			assertThat(request.service()).isEqualTo(service);
			assertThat(path).startsWith(request.path());
			assertThat(request.correlationId()).isEqualTo(response.correlationId()).isNotBlank();
		});
	}

	@Test
	void aUnitsCalendarFeedIsOpenWithoutSignInSinceCalendarAppsCannotSignIn() {
		JsonHttp.Response response = new JsonHttp("http://127.0.0.1:" + this.port)
			.get("/api/calendar/feeds/cdc.ics?token=secret");

		assertThat(response.body()).isEqualTo("calendar-service");
		assertThat(seen).singleElement().satisfies((request) -> {
			assertThat(request.path()).isEqualTo("/api/calendar/feeds/cdc.ics");
			assertThat(request.authorization()).isNull();
		});
	}

	@ParameterizedTest
	@CsvSource({ "plan-service", "reporting-service", "calendar-service", "notification-service" })
	void eachServicesOpenApiDocumentIsOpenAtTheGateway(String service) {
		JsonHttp.Response response = new JsonHttp("http://127.0.0.1:" + this.port).get("/v3/api-docs/" + service);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("info").get("title").asString()).isEqualTo(service);
		assertThat(seen).singleElement().satisfies((request) -> {
			assertThat(request.path()).isEqualTo("/v3/api-docs");
			assertThat(request.authorization()).isNull();
		});
	}

	@Test
	void theWholeApiIsOneOpenApiDocumentMergedFromTheServices() {
		JsonHttp.Response response = new JsonHttp("http://127.0.0.1:" + this.port).get(ApiDocuments.OPENAPI_PATH);

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(response.json().get("paths").propertyNames()).as(response.toString()).containsExactlyInAnyOrder("/api/plan-service/things",
				"/api/reporting-service/things", "/api/calendar-service/things", "/api/notification-service/things");
		assertThat(response.json().get("components").get("schemas").propertyNames()).contains("Thing-plan-service",
				"Thing-notification-service", "ProblemDetail");
		assertThat(response.json().get("info").get("description").asString()).doesNotContain("missing");
	}

	@Test
	void theAsyncApiDocumentOfTheTopicsIsOpenAtTheGateway() throws Exception {
		JsonHttp.Response response = new JsonHttp("http://127.0.0.1:" + this.port).get(ApiDocuments.ASYNCAPI_PATH);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.contentType()).contains("yaml");
		assertThat(response.body()).isEqualTo(Files.readString(Path.of("..", "docs", "asyncapi.yaml")))
			.contains("asyncapi: 3.0.0");
		assertThat(seen).isEmpty();
	}

	@Test
	void keepsAWellFormedCorrelationIdAndReplacesAnUnsafeOne() {
		JsonHttp http = http();

		JsonHttp.Response kept = http.post("/api/plans", "{}", Map.of("X-Correlation-Id", "abc-123"));
		JsonHttp.Response replaced = http.post("/api/plans", "{}", Map.of("X-Correlation-Id", "bad id\twith tabs"));

		assertThat(kept.correlationId()).isEqualTo("abc-123");
		assertThat(replaced.correlationId()).isNotEqualTo("bad id\twith tabs").matches("[0-9a-f-]{36}");
		assertThat(seen).extracting(Seen::correlationId).containsExactly("abc-123", replaced.correlationId());
	}

	@Test
	void theCallerSeesTheCorrelationIdOnceEvenThoughTheServiceEchoesIt() throws Exception {
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/units"))
				.header("Authorization", TestTokens.bearer(TOKEN))
				.build(), HttpResponse.BodyHandlers.discarding());

		assertThat(response.headers().allValues("X-Correlation-Id")).hasSize(1);
	}

	@Test
	void unknownPathsAreNotForwardedAndAnsweredAsAProblem() {
		JsonHttp.Response response = http().get("/api/nothing-here");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("title").asString()).isEqualTo("Không tìm thấy / Not found");
		assertThat(seen).isEmpty();
	}

	/** Last: it stops the stand-in calendar-service. */
	@Test
	@Order(Integer.MAX_VALUE)
	void aServiceThatIsDownIsAProblemSayingToTryAgainLaterAndLeftOutOfTheApiDocument() {
		backends.get(SERVICES.indexOf("calendar-service")).stop();

		JsonHttp.Response response = http()
			.get("/api/calendar/themes?year=2024");

		assertThat(response.status()).isEqualTo(503);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("title").asString())
			.isEqualTo("Dịch vụ tạm thời không khả dụng / Service unavailable");
		JsonHttp.Response document = http().get(ApiDocuments.OPENAPI_PATH);
		assertThat(document.status()).isEqualTo(200);
		assertThat(document.json().get("paths").propertyNames()).hasSize(3)
			.doesNotContain("/api/calendar-service/things");
		assertThat(document.json().get("info").get("description").asString())
			.endsWith("missing here: calendar-service.");
	}

	private JsonHttp http() {
		return new JsonHttp("http://127.0.0.1:" + this.port).withBearer(TOKEN);
	}

}
