package vn.health.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.health.gateway.StandInService.Seen;
import vn.health.testkit.JsonHttp;
import vn.health.testkit.security.TestTokens;
import vn.health.testkit.security.WithTestIssuer;

import static org.assertj.core.api.Assertions.assertThat;

/** What stands between the internet and the services: tokens, sign-in, CORS, headers, sizes and rates. */
@WithTestIssuer
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "gateway.max-request-size=1KB", "gateway.rate-limits.user.requests=5",
				"gateway.rate-limits.user.per=1h", "gateway.rate-limits.integration.requests=3",
				"gateway.rate-limits.integration.per=1h", "gateway.console-origins=https://console.syt.example",
				"gateway.public-paths=/api/calendar/feeds/**" })
class GatewaySecurityTests {

	private static final List<Seen> seen = new CopyOnWriteArrayList<>();

	private static final StandInService planService = StandInService.start("plan-service", seen);

	private static final StandInService calendarService = StandInService.start("calendar-service", seen);

	private final TestTokens tokens = TestTokens.get();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void routeToStandIn(DynamicPropertyRegistry registry) {
		registry.add("PLAN_SERVICE_URL", planService::url);
		registry.add("CALENDAR_SERVICE_URL", calendarService::url);
	}

	@AfterAll
	static void stopStandIn() {
		planService.stop();
		calendarService.stop();
	}

	@BeforeEach
	void forgetRequests() {
		seen.clear();
	}

	@Test
	void anApiCallWithoutATokenIsAProblemAndNeverReachesAService() {
		JsonHttp.Response response = http().post("/api/plans", "{}");

		assertProblem(response, 401, "Chưa đăng nhập / Unauthenticated");
		assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(seen).isEmpty();
	}

	@Test
	void expiredAndForeignTokensAreRefusedAsInvalid() {
		for (String token : List.of(this.tokens.expired("cdc", "COORDINATOR"),
				this.tokens.fromOtherIssuer("cdc", "COORDINATOR"), "not-a-jwt")) {
			JsonHttp.Response response = http().withBearer(token).get("/api/units");

			assertProblem(response, 401, "Chưa đăng nhập / Unauthenticated");
			assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
		}
		assertThat(seen).isEmpty();
	}

	@Test
	void aValidTokenIsRelayedUnchangedAndTheCookieHeaderIsNot() {
		String token = this.tokens.forUser("ttyt-yen-the", "UNIT_OFFICER");

		JsonHttp.Response response = http().withBearer(token)
			.post("/api/plans", "{}", Map.of("Cookie", "tracking=1"));

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(seen).singleElement().satisfies((request) -> {
			assertThat(request.authorization()).isEqualTo("Bearer " + token);
			assertThat(request.cookie()).isNull();
		});
	}

	@Test
	void headersNamingAUserOrUnitAreDroppedSoOnlyTheTokenSaysWhoCalls() {
		String token = this.tokens.forUser("tyt-bo-ha", "UNIT_OFFICER");

		JsonHttp.Response response = http().withBearer(token)
			.post("/api/plans", "{}", Map.of("X-User", "giam-doc", "X-Unit-Id", "ttyt-yen-the"));

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		assertThat(seen).singleElement().satisfies((request) -> assertThat(request.identity()).isEmpty());
	}

	@Test
	void aChangeRidingOnASessionCookieNeedsTheCsrfToken() {
		JsonHttp.Response response = http().post("/api/plans", "{}", Map.of("Cookie", "SESSION=stolen-by-a-form"));

		assertProblem(response, 403, "Không có quyền / Forbidden");
		assertThat(seen).isEmpty();
	}

	@Test
	void aBrowserIsSentToSignInWithPkceAtTheIssuer() throws Exception {
		HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new java.net.CookieManager())
			.build();

		HttpResponse<String> start = browser.send(HttpRequest.newBuilder(url("/")).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
		URI login = url("/").resolve(start.headers().firstValue("Location").orElseThrow());
		HttpResponse<String> toIssuer = browser.send(HttpRequest.newBuilder(login).build(),
				HttpResponse.BodyHandlers.ofString());
		String authorize = toIssuer.headers().firstValue("Location").orElseThrow();

		assertThat(start.statusCode()).isEqualTo(302);
		assertThat(login.getPath()).isEqualTo(GatewaySecurity.LOGIN_PATH);
		assertThat(authorize).startsWith(this.tokens.issuer() + "/oauth2/authorize?")
			.contains("client_id=console", "code_challenge=", "code_challenge_method=S256", "scope=openid%20profile");
	}

	@Test
	void onlyTheConsoleOriginMayCallAcrossSites() throws Exception {
		HttpResponse<Void> console = preflight("https://console.syt.example");
		HttpResponse<Void> other = preflight("https://evil.example");

		assertThat(console.statusCode()).isEqualTo(200);
		assertThat(console.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://console.syt.example");
		assertThat(other.statusCode()).isEqualTo(403);
		assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	@Test
	void responsesCarrySecurityHeaders() {
		JsonHttp.Response response = http().withBearer(this.tokens.forUser("cdc", "VIEWER")).get("/api/units");

		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
	}

	@Test
	void anOversizedBodyIsRefusedBeforeItIsForwarded() {
		JsonHttp.Response response = http().withBearer(this.tokens.forUser("syt", "PROVINCE_ADMIN"))
			.post("/api/plans", "{\"title\": \"" + "x".repeat(2048) + "\"}");

		assertProblem(response, 413, "Nội dung gửi lên quá lớn / Content too large");
		assertThat(seen).isEmpty();
	}

	@Test
	void eachUserHasItsOwnRateLimitAndIsToldWhenToRetry() {
		JsonHttp busy = http().withBearer(this.tokens.forUser("tyt-xa-dong-ky", "UNIT_OFFICER"));
		for (int i = 0; i < 5; i++) {
			assertThat(busy.get("/api/units").status()).isEqualTo(200);
		}

		JsonHttp.Response limited = busy.get("/api/units");

		assertProblem(limited, 429, "Quá nhiều yêu cầu / Too many requests");
		assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
		assertThat(http().withBearer(this.tokens.forUser("tyt-xa-tam-tien", "UNIT_OFFICER")).get("/api/units").status())
			.isEqualTo(200);
		assertThat(seen).hasSize(6);
	}

	@Test
	void anIntegrationClientHasItsOwnLimit() {
		JsonHttp client = http().withBearer(this.tokens.forClient("lgsp-bac-giang", "syt"));
		for (int i = 0; i < 3; i++) {
			assertThat(client.get("/api/units").status()).isEqualTo(200);
		}

		assertProblem(client.get("/api/units"), 429, "Quá nhiều yêu cầu / Too many requests");
	}

	@Test
	void healthAndTheConfiguredPublicPathsAreOpen() {
		assertThat(http().get("/actuator/health").status()).isEqualTo(200);
		assertThat(http().get("/api/calendar/feeds/cdc.ics").body()).isEqualTo("calendar-service");
		assertThat(http().get("/api/calendar/themes?year=2024").status()).isEqualTo(401);
	}

	private HttpResponse<Void> preflight(String origin) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(url("/api/plans"))
				.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
				.header("Origin", origin)
				.header("Access-Control-Request-Method", "POST")
				.header("Access-Control-Request-Headers", "authorization,content-type")
				.build(), HttpResponse.BodyHandlers.discarding());
	}

	private static void assertProblem(JsonHttp.Response response, int status, String title) {
		assertThat(response.status()).as(response.toString()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("title").asString()).isEqualTo(title);
	}

	private JsonHttp http() {
		return new JsonHttp(url("").toString());
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
