package vn.health.infra;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import vn.health.testkit.Browser;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Access tokens from the platform's embedded auth-server, got the way real callers get them. */
final class IssuerTokens {

	private final Platform platform;

	IssuerTokens(Platform platform) {
		this.platform = platform;
	}

	/**
	 * What an external system does before calling the API: the client-credentials grant at the embedded
	 * issuer, with the demo secret the launcher leaves in place (client {@code lgsp-bac-giang}, INTEGRATION of
	 * the Sở). The token lasts 10 minutes.
	 */
	String integration() {
		String basic = Base64.getEncoder()
			.encodeToString("lgsp-bac-giang:demo-integration-secret".getBytes(StandardCharsets.UTF_8));
		JsonHttp.Response token = new JsonHttp(platform.url("auth-server")).postForm("/oauth2/token",
				"grant_type=client_credentials", Map.of("Authorization", "Basic " + basic));
		assertThat(token.status()).as(token.toString()).isEqualTo(200);
		return token.json().get("access_token").asString();
	}

	/**
	 * What the console does when a demo user signs in, without the gateway's session: the authorization
	 * code grant with PKCE for the {@code console} client, the code exchanged for the access token. The
	 * gateway need not run: the redirect to it is only read, not followed.
	 */
	String signedIn(String user) {
		String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
		String redirect = platform.url("gateway") + "/login/oauth2/code/console";
		Browser browser = new Browser();
		URI authorize = URI.create(platform.url("auth-server") + "/oauth2/authorize?" + Browser.encode(Map.of(
				"response_type", "code", "client_id", "console", "scope", "openid", "redirect_uri", redirect,
				"code_challenge", challenge(verifier), "code_challenge_method", "S256")));
		URI loginPage = Browser.location(browser.get(authorize));
		URI callback = browser.followUntil(browser.signIn(loginPage, user, "demo"), redirect);
		JsonHttp.Response tokens = new JsonHttp(platform.url("auth-server")).postForm("/oauth2/token",
				Browser.encode(Map.of("grant_type", "authorization_code", "code", Browser.query(callback).get("code"),
						"redirect_uri", redirect, "client_id", "console", "code_verifier", verifier)),
				Map.of());
		assertThat(tokens.status()).as(tokens.toString()).isEqualTo(200);
		return tokens.json().get("access_token").asString();
	}

	private static String challenge(String verifier) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
