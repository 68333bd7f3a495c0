package vn.health.plan;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The province's LGSP for the tests: one WireMock server for the JVM, and plan-service's {@code platform.lgsp.*}
 * pointed at it (client credentials from its {@code /oauth/token}), with waits short enough for a test: a 500 ms
 * timeout, sweeps every 200 ms, 200 ms before a failed send is tried again, a breaker open for 1 s.
 */
public final class LgspStub implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String CLIENT_ID = "truyen-thong-y-te";

	public static final String CLIENT_SECRET = "lgsp-test-secret";

	public static final String DOCUMENTS = "/lgsp/edxml/documents";

	public static final String TOKEN = "/lgsp/oauth/token";

	private static final WireMockServer SERVER = started();

	public static WireMockServer server() {
		return SERVER;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String root = "http://127.0.0.1:" + SERVER.port();
		TestPropertyValues
			.of("platform.lgsp.base-url=" + root + "/lgsp", "platform.lgsp.token-url=" + root + TOKEN,
					"platform.lgsp.client-id=" + CLIENT_ID, "platform.lgsp.client-secret=" + CLIENT_SECRET,
					"platform.lgsp.timeout=500ms", "platform.lgsp.attempts-per-pass=2", "platform.lgsp.retry-wait=20ms",
					"platform.lgsp.sweep-period=200ms", "platform.lgsp.first-delay=200ms", "platform.lgsp.max-delay=1s",
					"platform.lgsp.breaker-open-for=1s")
			.applyTo(context);
	}

	private static WireMockServer started() {
		WireMockServer server = new WireMockServer(options().dynamicPort());
		server.start();
		Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
		return server;
	}

}
