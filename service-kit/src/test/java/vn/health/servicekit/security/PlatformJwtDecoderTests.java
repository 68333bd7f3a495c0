package vn.health.servicekit.security;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.Jwt;

import vn.health.testkit.security.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformJwtDecoderTests {

	/** Slower than Nimbus' default 500 ms read timeout, well inside the platform's. */
	private static final long SLOW_ISSUER_MILLIS = 1_500;

	@Test
	void tokensAreAcceptedWhileTheIssuerServesItsKeysSlowly() throws Exception {
		TestTokens tokens = TestTokens.get();
		byte[] keys = jwks(tokens);
		HttpServer slowIssuer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		slowIssuer.createContext(TestTokens.JWKS_PATH, (exchange) -> {
			try {
				// The stub answers slowly, as a starting Keycloak does; the test itself does not wait on time.
				Thread.sleep(SLOW_ISSUER_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, keys.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(keys);
			}
		});
		slowIssuer.start();
		try {
			String jwkSetUri = "http://127.0.0.1:" + slowIssuer.getAddress().getPort() + TestTokens.JWKS_PATH;
			SecurityProperties properties = new SecurityProperties(true, tokens.issuer(), jwkSetUri, List.of());

			Jwt jwt = PlatformJwtDecoder.of(properties).decode(tokens.forUser("cdc", "COORDINATOR"));

			assertThat(jwt.getClaimAsString(PlatformClaims.UNIT_ID)).isEqualTo("cdc");
		}
		finally {
			slowIssuer.stop(0);
		}
	}

	private static byte[] jwks(TestTokens tokens) throws Exception {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create(tokens.jwkSetUri())).build(),
					HttpResponse.BodyHandlers.ofByteArray()).body();
		}
	}

}
