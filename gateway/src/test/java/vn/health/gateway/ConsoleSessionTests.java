package vn.health.gateway;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.health.gateway.StandInService.Seen;
import vn.health.testkit.Browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * A console user's session at the gateway against the real auth-server (its jar, as ./platform runs it): signed in
 * with the console's client secret, the session outlives its access token, and changes need the CSRF token the
 * console's script sends.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "gateway.max-request-size=64KB")
class ConsoleSessionTests {

	/** Short, yet long enough for a cold sign-in to read the user info with the first token. */
	private static final Duration ACCESS_TOKEN_TTL = Duration.ofSeconds(10);

	private static final String GATEWAY = "http://127.0.0.1:" + AuthServerProcess.freePort();

	private static final String BOUNDARY = "----console-upload-7MA4YWxkTrZu0gW";

	private static final List<Seen> seen = new CopyOnWriteArrayList<>();

	private static final StandInService planService = StandInService.start("plan-service", seen);

	private static final StandInService console = StandInService.start("console", seen);

	private static final AuthServerProcess issuer = AuthServerProcess.start(GATEWAY, ACCESS_TOKEN_TTL);

	@DynamicPropertySource
	static void wire(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> URI.create(GATEWAY).getPort());
		// The properties themselves, not OIDC_ISSUER_URI: they beat the system properties other classes'
		// @WithTestIssuer leave in this JVM.
		registry.add("platform.security.issuer-uri", issuer::url);
		registry.add("platform.security.jwk-set-uri", () -> issuer.url() + "/oauth2/jwks");
		registry.add("PLAN_SERVICE_URL", planService::url);
		registry.add("CONSOLE_URL", console::url);
	}

	@AfterAll
	static void stop() {
		planService.stop();
		console.stop();
		issuer.stop();
	}

	@BeforeEach
	void forgetRequests() {
		seen.clear();
	}

	@Test
	void anExpiredAccessTokenIsRefreshedSoTheSessionStillReachesTheServicesAlsoWithParallelRequests() {
		Browser browser = signIn("cdc");
		assertThat(browser.get(url("/api/units"), "application/json").statusCode()).isEqualTo(200);
		Jwt first = verify(lastSeen().authorization());
		await().atMost(ACCESS_TOKEN_TTL.plusSeconds(5)).until(() -> Instant.now().isAfter(first.getExpiresAt()));
		seen.clear();

		Instant sent = Instant.now();
		// A page's requests come together (htmx, styles, scripts): each may refresh at the same moment.
		List<HttpResponse<String>> afterExpiry = Stream.of("/api/units", "/bao-cao", "/css/console.css")
			.map((path) -> CompletableFuture.supplyAsync(() -> browser.get(url(path), "*/*")))
			.toList()
			.stream()
			.map(CompletableFuture::join)
			.toList();

		assertThat(afterExpiry).allSatisfy((response) -> assertThat(response.statusCode())
			.as("no new sign-in: %s %s", response.uri(), response.headers().map())
			.isEqualTo(200));
		assertThat(seen).hasSize(3).allSatisfy((request) -> {
			Jwt fresh = verify(request.authorization());
			assertThat(fresh.getTokenValue()).isNotEqualTo(first.getTokenValue());
			assertThat(fresh.getExpiresAt()).isAfter(sent);
			assertThat(fresh.getSubject()).isEqualTo("cdc");
			assertThat(fresh.getClaimAsString("unit_id")).isEqualTo("cdc");
		});
	}

	@Test
	void aConsoleFormPostWithTheCookiesTokenReachesTheConsoleWithItsFormUnchanged() {
		Browser browser = signIn("ttyt-yen-the");
		String token = csrfCookie(browser);

		HttpResponse<String> posted = browser.post(url("/bao-cao/o1/nop"),
				Map.of("narrative", "Đã tổ chức 12 buổi truyền thông", "_csrf", token));

		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
		assertThat(lastSeen().service()).isEqualTo("console");
		assertThat(lastSeen().path()).isEqualTo("/bao-cao/o1/nop");
		assertThat(lastSeen().body()).contains("narrative=%C4%90%C3%A3+t%E1%BB%95+ch%E1%BB%A9c+12", "_csrf=" + token);
		assertThat(lastSeen().correlationId()).isNotBlank();
		assertThat(verify(lastSeen().authorization()).getSubject()).isEqualTo("ttyt-yen-the");
	}

	/** The console keeps a form's confirmation in its session for the page after the redirect. */
	@Test
	void onlyTheConsolesOwnSessionCookieReachesTheConsoleAndNoCookieReachesAService() throws Exception {
		Browser browser = signIn("ttyt-yen-the");
		csrfCookie(browser);
		String cookies = cookies(browser) + "; " + ForwardedCookies.CONSOLE_SESSION + "=console-1; tracking=1";

		for (String path : List.of("/bao-cao", "/api/units")) {
			HttpResponse<String> answer = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(url(path)).header("Cookie", cookies).GET().build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		}

		assertThat(seen).extracting(Seen::service, Seen::cookie)
			.containsExactly(tuple("console", ForwardedCookies.CONSOLE_SESSION + "=console-1"),
					tuple("plan-service", null));
	}

	@Test
	void anHtmxPostWithTheTokenInTheHeaderPasses() {
		Browser browser = signIn("ttyt-yen-the");

		HttpResponse<String> posted = browser.post(url("/bao-cao/o1/nop"), Map.of("narrative", "12 buổi"),
				"X-XSRF-TOKEN", csrfCookie(browser), "HX-Request", "true");

		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
		assertThat(lastSeen().body()).isEqualTo("narrative=12+bu%E1%BB%95i");
	}

	@Test
	void anUploadFormWithTheTokenAfterTheFileReachesTheConsoleUnchanged() throws Exception {
		Browser browser = signIn("syt");
		String token = csrfCookie(browser);
		String body = multipart("ke-hoach.txt", "Số: 91/KH-SYT\nKẾ HOẠCH Truyền thông y tế năm 2024", token);

		HttpResponse<String> uploaded = upload(browser, body);

		assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
		assertThat(lastSeen().path()).isEqualTo("/ke-hoach/nhap");
		assertThat(lastSeen().body()).isEqualTo(body);
		assertThat(upload(browser, multipart("ke-hoach.txt", "Số: 91/KH-SYT", "forged")).statusCode()).isEqualTo(403);
	}

	@Test
	void aChunkedFormOverTheSizeLimitIsRefusedWhileLookingForItsToken() throws Exception {
		Browser browser = signIn("syt");
		String form = "_csrf=" + csrfCookie(browser) + "&narrative=" + "x".repeat(80 * 1024);

		HttpResponse<String> refused = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(url("/bao-cao/o1/nop"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Cookie", cookies(browser))
				// From a stream: sent chunked, without a Content-Length the size check could refuse up front.
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(form.getBytes(StandardCharsets.UTF_8))))
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(413);
		assertThat(refused.body()).contains("Nội dung gửi lên quá lớn / Content too large");
		assertThat(seen).isEmpty();
	}

	@Test
	void aPostOnTheSessionWithoutOrWithAWrongTokenIsRefusedAsAProblem() {
		Browser browser = signIn("ttyt-yen-the");
		csrfCookie(browser);

		for (HttpResponse<String> refused : List.of(browser.post(url("/bao-cao/o1/nop"), Map.of("narrative", "x")),
				browser.post(url("/bao-cao/o1/nop"), Map.of("narrative", "x", "_csrf", "forged")),
				browser.post(url("/api/plans"), Map.of(), "X-XSRF-TOKEN", "forged"))) {
			assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
			assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
					(type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(JsonMapper.builder().build().readTree(refused.body()).get("title").asString())
				.isEqualTo("Không có quyền / Forbidden");
		}
		assertThat(seen).as("nothing forwarded").isEmpty();
	}

	/** On a shared office computer, the next person must not find the last one still signed in at the issuer. */
	@Test
	void signingOutEndsTheIssuersSessionTooSoTheNextVisitAsksForThePasswordAgain() {
		Browser browser = signIn("cdc");
		String token = csrfCookie(browser);

		URI atIssuer = Browser.location(browser.post(url("/logout"), Map.of("_csrf", token)));
		assertThat(atIssuer.toString()).startsWith(issuer.url() + "/connect/logout");
		assertThat(Browser.query(atIssuer)).containsEntry("post_logout_redirect_uri", GATEWAY + "/")
			.containsKey("id_token_hint");
		assertThat(Browser.location(browser.get(atIssuer))).isEqualTo(url("/"));

		URI nextVisit = browser.followUntil(browser.get(url("/bao-cao")), issuer.url() + "/login");
		assertThat(nextVisit.getPath()).isEqualTo("/login");
		assertThat(seen).as("nothing forwarded after signing out").isEmpty();
	}

	/** Signs a demo user in at the issuer the way a browser does, starting at the gateway. */
	private static Browser signIn(String user) {
		Browser browser = new Browser();
		URI loginForm = browser.followUntil(browser.get(url(GatewaySecurity.LOGIN_PATH)), issuer.url() + "/login");
		URI backAtGateway = browser.followUntil(browser.signIn(loginForm, user, "demo"),
				GATEWAY + "/login/oauth2/code/console");
		HttpResponse<String> signedIn = browser.get(backAtGateway);
		assertThat(Browser.location(signedIn)).as("signed in, back to the start page").isEqualTo(url("/"));
		return browser;
	}

	/** The token console.js reads: the cookie a console page through the gateway leaves. */
	private static String csrfCookie(Browser browser) {
		assertThat(browser.get(url("/bao-cao")).statusCode()).isEqualTo(200);
		seen.clear();
		return browser.cookie("XSRF-TOKEN").orElseThrow();
	}

	/** The console's import form as a browser sends it: the file, then the {@code _csrf} field console.js appends. */
	private static String multipart(String filename, String content, String csrf) {
		return """
				--%1$s\r
				Content-Disposition: form-data; name="file"; filename="%2$s"\r
				Content-Type: text/plain\r
				\r
				%3$s\r
				--%1$s\r
				Content-Disposition: form-data; name="_csrf"\r
				\r
				%4$s\r
				--%1$s--\r
				""".formatted(BOUNDARY, filename, content, csrf);
	}

	/** Browser has no multipart post; its cookies go along by hand (see {@link #cookies}). */
	private static HttpResponse<String> upload(Browser browser, String body) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(url("/ke-hoach/nhap"))
				.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
				.header("Cookie", cookies(browser))
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String cookies(Browser browser) {
		return "SESSION=" + browser.cookie("SESSION").orElseThrow() + "; XSRF-TOKEN="
				+ browser.cookie("XSRF-TOKEN").orElseThrow();
	}

	private static Seen lastSeen() {
		assertThat(seen).isNotEmpty();
		return seen.getLast();
	}

	/** Signed by the issuer, for the user; {@code authorization} is the header the service received. */
	private static Jwt verify(String authorization) {
		assertThat(authorization).startsWith("Bearer ");
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer.url() + "/oauth2/jwks").build();
		// Who issued it, not whether it is still valid: the first token has expired by then, which is the point.
		decoder.setJwtValidator(new JwtIssuerValidator(issuer.url()));
		return decoder.decode(authorization.substring("Bearer ".length()));
	}

	private static URI url(String path) {
		return URI.create(GATEWAY + path);
	}

}
