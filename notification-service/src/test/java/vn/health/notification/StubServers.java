package vn.health.notification;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The outside world of the integration tests, started once per JVM like the broker: every integration test class
 * shares one Spring context, which keeps the ports it was given, so the servers must outlive each class.
 */
final class StubServers {

	/** SMS gateway, Zalo OA and webhook receivers. */
	static final WireMockServer PROVIDERS = started(new WireMockServer(wireMockConfig().dynamicPort()));

	static final GreenMail SMTP = startedSmtp();

	private StubServers() {
	}

	private static WireMockServer started(WireMockServer server) {
		server.start();
		return server;
	}

	private static GreenMail startedSmtp() {
		GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		return smtp;
	}

}
