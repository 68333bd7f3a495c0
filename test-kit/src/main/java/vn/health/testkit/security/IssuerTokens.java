package vn.health.testkit.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import vn.health.testkit.Browser;
import vn.health.testkit.JsonHttp;

/**
 * Real access tokens from a running OpenID Connect issuer (the embedded auth-server), obtained the way their real
 * holders obtain them: a demo user signs in as the console does (authorization code with PKCE), an external system
 * uses the client-credentials grant.
 */
public final class IssuerTokens {

	private final String issuer;

	/** @param issuer the issuer's base URL, e.g. {@code http://127.0.0.1:9000} */
	public IssuerTokens(String issuer) {
		this.issuer = issuer;
	}

	/** A machine client's token (client-credentials grant, HTTP Basic client authentication). */
	public String clientCredentials(String clientId, String secret) {
		String basic = Base64.getEncoder()
			.encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		return accessToken(new JsonHttp(this.issuer).postForm("/oauth2/token", "grant_type=client_credentials",
				Map.of("Authorization", "Basic " + basic)));
	}

	/**
	 * A demo user's token: the authorization code grant with PKCE for the public {@code console} client, signed in
	 * on the issuer's login page, the code exchanged for the token.
	 *
	 * @param redirect a redirect URI registered for the client (the gateway's {@code /login/oauth2/code/console});
	 *     it is only read, not followed, so the gateway need not run
	 */
	public String signedIn(String user, String password, String redirect) {
		String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
		Browser browser = new Browser();
		URI authorize = URI.create(this.issuer + "/oauth2/authorize?" + Browser.encode(Map.of("response_type", "code",
				"client_id", "console", "scope", "openid", "redirect_uri", redirect, "code_challenge",
				challenge(verifier), "code_challenge_method", "S256")));
		URI loginPage = Browser.location(browser.get(authorize));
		URI callback = browser.followUntil(browser.signIn(loginPage, user, password), redirect);
		return accessToken(new JsonHttp(this.issuer).postForm("/oauth2/token",
				Browser.encode(Map.of("grant_type", "authorization_code", "code", Browser.query(callback).get("code"),
						"redirect_uri", redirect, "client_id", "console", "code_verifier", verifier)),
				Map.of()));
	}

	private static String accessToken(JsonHttp.Response response) {
		if (response.status() != 200) {
			throw new AssertionError("The issuer gave no token: " + response);
		}
		return response.json().get("access_token").asString();
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
