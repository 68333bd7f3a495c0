package vn.health.testkit.security;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.sun.net.httpserver.HttpServer;

import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * A token issuer for tests: one RSA key pair per JVM, its public key served as a JWKS on
 * {@code http://127.0.0.1:<port>/oauth2/jwks}, and signed access tokens carrying the platform's
 * claims ({@code unit_id}, {@code roles}) for any unit and role. Services under test validate them
 * exactly as they validate the real issuer's tokens: by signature, issuer and expiry.
 */
public final class TestTokens {

	public static final String JWKS_PATH = "/oauth2/jwks";

	private static TestTokens instance;

	private final RSAKey key;

	private final NimbusJwtEncoder encoder;

	private final String issuer;

	private TestTokens(RSAKey key, int port) {
		this.key = key;
		this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(key)));
		this.issuer = "http://127.0.0.1:" + port;
	}

	/** The issuer of this JVM, started on first use. */
	public static synchronized TestTokens get() {
		if (instance == null) {
			RSAKey key = newKey();
			instance = new TestTokens(key, serveJwks(key));
		}
		return instance;
	}

	public String issuer() {
		return this.issuer;
	}

	public String jwkSetUri() {
		return this.issuer + JWKS_PATH;
	}

	/** A signed-in user of {@code unitId} with these roles, e.g. {@code forUser("ttyt-yen-the", "UNIT_OFFICER")}. */
	public String forUser(String unitId, String... roles) {
		return sign(claims("user." + unitId, unitId, roles).build());
	}

	/** A machine client (client-credentials grant) acting for {@code unitId}, with role {@code INTEGRATION}. */
	public String forClient(String clientId, String unitId) {
		return sign(claims(clientId, unitId, "INTEGRATION").claim("client_id", clientId).build());
	}

	/** A token that expired an hour ago. */
	public String expired(String unitId, String... roles) {
		Instant past = Instant.now().minus(Duration.ofHours(2));
		return sign(claims("user." + unitId, unitId, roles).issuedAt(past).expiresAt(past.plus(Duration.ofHours(1)))
			.build());
	}

	/** A well-signed token from another issuer, which a service must refuse. */
	public String fromOtherIssuer(String unitId, String... roles) {
		return sign(claims("user." + unitId, unitId, roles).issuer("http://issuer.invalid").build());
	}

	/** Claims of a valid token; a test may change any of them before {@link #sign}. */
	public JwtClaimsSet.Builder claims(String subject, String unitId, String... roles) {
		Instant now = Instant.now();
		return JwtClaimsSet.builder()
			.issuer(this.issuer)
			.subject(subject)
			.id(UUID.randomUUID().toString())
			.issuedAt(now)
			.expiresAt(now.plus(Duration.ofMinutes(15)))
			.claim("unit_id", unitId)
			.claim("roles", List.of(roles));
	}

	public String sign(JwtClaimsSet claims) {
		return this.encoder.encode(JwtEncoderParameters.from(claims)).getTokenValue();
	}

	/** The header value for a request: {@code Bearer <token>}. */
	public static String bearer(String token) {
		return "Bearer " + token;
	}

	private static RSAKey newKey() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
				.keyID("test-" + UUID.randomUUID())
				.build();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int serveJwks(RSAKey key) {
		byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			server.createContext(JWKS_PATH, (exchange) -> {
				exchange.getResponseHeaders().set("Content-Type", "application/json");
				exchange.sendResponseHeaders(200, jwks.length);
				try (OutputStream out = exchange.getResponseBody()) {
					out.write(jwks);
				}
			});
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
			return server.getAddress().getPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
