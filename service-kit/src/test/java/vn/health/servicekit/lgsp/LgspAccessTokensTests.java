package vn.health.servicekit.lgsp;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.web.client.RestClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The client-credentials token: fetched with HTTP Basic, reused until shortly before it expires, dropped on demand. */
class LgspAccessTokensTests {

	private static final WireMockServer issuer = new WireMockServer(options().dynamicPort());

	private final MovableClock clock = new MovableClock();

	private LgspAccessTokens tokens;

	@BeforeAll
	static void start() {
		issuer.start();
	}

	@AfterAll
	static void stop() {
		issuer.stop();
	}

	@BeforeEach
	void anIssuerGivingTokensForTenMinutes() {
		issuer.resetAll();
		issuer.stubFor(post("/token").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody("{\"access_token\": \"tok-1\", \"token_type\": \"Bearer\", \"expires_in\": 600}")));
		this.tokens = new LgspAccessTokens(RestClient.create(), settings("http://127.0.0.1:" + issuer.port() + "/token"),
				this.clock);
	}

	@Test
	void theTokenIsFetchedOnceWithTheClientsCredentialsAndReused() {
		assertThat(this.tokens.current()).isEqualTo("tok-1");
		this.clock.advance(Duration.ofMinutes(9));
		assertThat(this.tokens.current()).isEqualTo("tok-1");

		issuer.verify(1, postRequestedFor(urlEqualTo("/token"))
			.withHeader("Authorization", equalTo("Basic bGdzcC1jbGllbnQ6czNjcmV0")) // lgsp-client:s3cret
			.withRequestBody(containing("grant_type=client_credentials")));
	}

	@Test
	void aTokenAboutToExpireOrForgottenIsFetchedAgain() {
		this.tokens.current();
		this.clock.advance(Duration.ofMinutes(9).plusSeconds(31));
		this.tokens.current();
		this.tokens.forget();
		this.tokens.current();

		issuer.verify(3, postRequestedFor(urlEqualTo("/token")));
	}

	@Test
	void anAnswerWithoutATokenIsAnError() {
		issuer.stubFor(post("/token").willReturn(aResponse().withHeader("Content-Type", "application/json")
			.withBody("{\"token_type\": \"Bearer\"}")));

		assertThatIllegalStateException().isThrownBy(this.tokens::current).withMessageContaining("access_token");
	}

	static LgspProperties settings(String tokenUrl) {
		var properties = new MapConfigurationPropertySource(java.util.Map.of("platform.lgsp.base-url",
				"http://lgsp.invalid", "platform.lgsp.token-url", tokenUrl, "platform.lgsp.client-id", "lgsp-client",
				"platform.lgsp.client-secret", "s3cret"));
		return new Binder(properties).bind("platform.lgsp", Bindable.of(LgspProperties.class)).get();
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2025-03-24T01:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
