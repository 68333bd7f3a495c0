package vn.health.auth;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.health.testkit.Browser;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** The issuer as the gateway, the services and an external system meet it, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "auth.demo=true", "auth.integration.client-secret=s3cret-for-tests",
				"auth.console.client-secret=s3cret-console" })
class AuthServerTests {

	private static final String ISSUER = "http://issuer.test";

	private static final String REDIRECT = "http://127.0.0.1:8080/login/oauth2/code/console";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path keysDir;

	@LocalServerPort
	int port;

	/** A key file in the middle of a rotation: a new key in front of the old one. */
	@DynamicPropertySource
	static void rotatedKeys(DynamicPropertyRegistry registry) {
		Path file = keysDir.resolve("signing-keys.json");
		SigningKeys.load(file, true);
		SigningKeys.rotate(file);
		registry.add("auth.keys-file", file::toString);
		registry.add("AUTH_ISSUER", () -> ISSUER);
	}

	@Test
	void discoveryNamesTheIssuerAndItsEndpoints() {
		JsonNode metadata = JSON.readTree(new Browser().get(url("/.well-known/openid-configuration")).body());

		assertThat(metadata.get("issuer").asString()).isEqualTo(ISSUER);
		assertThat(metadata.get("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
		assertThat(metadata.get("code_challenge_methods_supported").toString()).contains("S256");
	}

	@Test
	void anIntegrationGetsATokenForItsUnitWithTheIntegrationRole() {
		HttpResponse<String> response = clientCredentials("s3cret-for-tests");

		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Jwt token = verify(JSON.readTree(response.body()).get("access_token").asString());
		assertThat(token.getSubject()).isEqualTo("lgsp-bac-giang");
		assertThat(token.getClaimAsString("unit_id")).isEqualTo("syt");
		assertThat(token.getClaimAsStringList("roles")).containsExactly("INTEGRATION");
	}

	@Test
	void aWrongClientSecretGetsNoToken() {
		assertThat(clientCredentials("guessed").statusCode()).isEqualTo(401);
	}

	@Test
	void aDemoUserSignsInThroughTheConsoleClientWithPkceAndGetsItsUnitAndRoles() {
		JsonNode tokens = signIn("ttyt-yen-the", Map.of());

		for (String kind : new String[] { "access_token", "id_token" }) {
			Jwt token = verify(tokens.get(kind).asString());
			assertThat(token.getSubject()).as(kind).isEqualTo("ttyt-yen-the");
			assertThat(token.getClaimAsString("unit_id")).as(kind).isEqualTo("ttyt-yen-the");
			assertThat(token.getClaimAsStringList("roles")).as(kind)
				.containsExactlyInAnyOrder("COORDINATOR", "UNIT_OFFICER");
		}
		assertThat(tokens.has("refresh_token")).as("no secret, no refresh token").isFalse();
	}

	@Test
	void theGatewayWithTheConsoleSecretGetsARefreshTokenThatParallelRequestsCanEachUse() {
		String refreshToken = signIn("cdc", Map.of("Authorization", consoleSecret("s3cret-console")))
			.get("refresh_token")
			.asString();

		HttpResponse<String> first = refresh(refreshToken, "s3cret-console");
		HttpResponse<String> second = refresh(refreshToken, "s3cret-console");

		for (HttpResponse<String> refreshed : List.of(first, second)) {
			assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
			Jwt access = verify(JSON.readTree(refreshed.body()).get("access_token").asString());
			assertThat(access.getSubject()).isEqualTo("cdc");
			assertThat(access.getClaimAsString("unit_id")).isEqualTo("cdc");
		}
		assertThat(JSON.readTree(first.body()).get("refresh_token").asString()).isEqualTo(refreshToken);
	}

	/** The gateway signs out with its session's ID token, the sign-in's, which a refresh has replaced by then. */
	@Test
	void signingOutWithTheSignInsIdTokenAfterARefreshEndsTheSessionHere() {
		Browser browser = new Browser();
		JsonNode tokens = signIn(browser, "cdc", Map.of("Authorization", consoleSecret("s3cret-console")));
		String signInIdToken = tokens.get("id_token").asString();
		HttpResponse<String> refreshed = refresh(tokens.get("refresh_token").asString(), "s3cret-console");
		assertThat(JSON.readTree(refreshed.body()).get("id_token").asString()).isNotEqualTo(signInIdToken);

		HttpResponse<String> signedOut = browser.get(url("/connect/logout?id_token_hint=" + signInIdToken
				+ "&post_logout_redirect_uri=http://127.0.0.1:8080/"));

		assertThat(signedOut.statusCode()).as(signedOut.body()).isEqualTo(302);
		assertThat(Browser.location(signedOut)).isEqualTo(URI.create("http://127.0.0.1:8080/"));
		URI nextSignIn = Browser.location(browser.get(authorize(challenge(UUID.randomUUID() + "-next"))));
		assertThat(nextSignIn.getPath()).as("the password is asked again").isEqualTo("/login");
	}

	@Test
	void aWrongConsoleSecretGetsNoToken() {
		assertThat(refresh("any", "guessed").statusCode()).isEqualTo(401);
	}

	@Test
	void theConsoleClientCannotSkipPkce() {
		URI refused = Browser.location(new Browser().get(authorize(null)));

		assertThat(Browser.query(refused)).containsEntry("error", "invalid_request");
	}

	@Test
	void duringARotationTheNewKeySignsAndTheJwksPublishesBoth() throws Exception {
		JWKSet published = JWKSet.parse(new Browser().get(url("/oauth2/jwks")).body());
		JWKSet onDisk = JWKSet.load(keysDir.resolve("signing-keys.json").toFile());
		String kid = verify(JSON.readTree(clientCredentials("s3cret-for-tests").body()).get("access_token").asString())
			.getHeaders()
			.get("kid")
			.toString();

		assertThat(published.getKeys()).hasSize(2).noneMatch((key) -> key.isPrivate());
		assertThat(published.getKeys()).extracting((key) -> key.getKeyID())
			.containsExactly(onDisk.getKeys().get(0).getKeyID(), onDisk.getKeys().get(1).getKeyID());
		assertThat(kid).isEqualTo(onDisk.getKeys().get(0).getKeyID());
	}

	@Test
	void healthNeedsNoSignIn() {
		assertThat(new JsonHttp(url("").toString()).get("/actuator/health").status()).isEqualTo(200);
	}

	private HttpResponse<String> clientCredentials(String secret) {
		String basic = Base64.getEncoder()
			.encodeToString(("lgsp-bac-giang:" + secret).getBytes(StandardCharsets.UTF_8));
		return new Browser().post(url("/oauth2/token"), Map.of("grant_type", "client_credentials"), "Authorization",
				"Basic " + basic);
	}

	/** A demo user's sign-in as the gateway makes it; {@code headers}: how the token request authenticates the client. */
	private JsonNode signIn(String user, Map<String, String> headers) {
		return signIn(new Browser(), user, headers);
	}

	private JsonNode signIn(Browser browser, String user, Map<String, String> headers) {
		String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
		URI loginPage = Browser.location(browser.get(authorize(challenge(verifier))));
		URI backToAuthorize = Browser.location(browser.signIn(loginPage, user, "demo"));
		URI callback = Browser.location(browser.get(backToAuthorize));
		assertThat(callback.toString()).startsWith(REDIRECT);
		HttpResponse<String> tokens = browser.post(url("/oauth2/token"),
				Map.of("grant_type", "authorization_code", "code", Browser.query(callback).get("code"), "redirect_uri",
						REDIRECT, "client_id", "console", "code_verifier", verifier),
				headers.entrySet().stream().flatMap((header) -> Stream.of(header.getKey(), header.getValue()))
					.toArray(String[]::new));
		assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
		return JSON.readTree(tokens.body());
	}

	private HttpResponse<String> refresh(String refreshToken, String secret) {
		return new Browser().post(url("/oauth2/token"),
				Map.of("grant_type", "refresh_token", "refresh_token", refreshToken), "Authorization",
				consoleSecret(secret));
	}

	private static String consoleSecret(String secret) {
		return "Basic " + Base64.getEncoder().encodeToString(("console:" + secret).getBytes(StandardCharsets.UTF_8));
	}

	private URI authorize(String challenge) {
		String pkce = (challenge != null) ? "&code_challenge=" + challenge + "&code_challenge_method=S256" : "";
		return url("/oauth2/authorize?response_type=code&client_id=console&scope=openid%20profile&state=s1&nonce=n1"
				+ "&redirect_uri=" + REDIRECT + pkce);
	}

	private Jwt verify(String token) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(url("/oauth2/jwks").toString()).build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
		return decoder.decode(token);
	}

	private static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

}
