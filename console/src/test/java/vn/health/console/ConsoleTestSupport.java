package vn.health.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import vn.health.testkit.Browser;
import vn.health.testkit.security.TestTokens;
import vn.health.testkit.security.WithTestIssuer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One console for every test class (same annotations, same cached context): security switched on against
 * test-kit's issuer, the platform's API played by WireMock, the clock fixed on Monday 24/6/2024 09:00 in Vietnam.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "platform.security.enabled=true")
@WithTestIssuer
@Import(FixedClockConfiguration.class)
abstract class ConsoleTestSupport {

	static final Instant NOW = Instant.parse("2024-06-24T02:00:00Z");

	static final WireMockServer API = startApi();

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void api(DynamicPropertyRegistry registry) {
		registry.add("console.api-base-url", API::baseUrl);
	}

	@BeforeEach
	void freshApi() {
		API.resetAll();
		ApiFixtures.directory(API);
	}

	static String officerToken() {
		return TestTokens.get().forUser(ApiFixtures.COMMUNE, "UNIT_OFFICER");
	}

	static String adminToken() {
		return TestTokens.get().forUser("syt", "PROVINCE_ADMIN");
	}

	static String coordinatorToken() {
		return TestTokens.get().forUser(ApiFixtures.CDC, "COORDINATOR");
	}

	HttpResponse<String> open(String path, String token, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html");
		if (headers.length > 0) {
			request.headers(headers);
		}
		if (token != null) {
			request.header("Authorization", TestTokens.bearer(token));
		}
		return send(request.GET().build());
	}

	HttpResponse<String> postForm(String path, String token, Map<String, String> form) {
		return send(formPost(path, token, form));
	}

	/** A form post as the user's browser sends it, for more headers (htmx's) or repeated fields. */
	HttpRequest.Builder formPost(String path, String token, Map<String, String> form) {
		return formPost(path, token, Browser.encode(form));
	}

	HttpRequest.Builder formPost(String path, String token, String encodedForm) {
		return HttpRequest.newBuilder(uri(path))
			.header("Authorization", TestTokens.bearer(token))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encodedForm));
	}

	HttpResponse<String> send(HttpRequest.Builder request) {
		return send(request.build());
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static WireMockServer startApi() {
		WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

}
