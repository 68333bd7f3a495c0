package vn.health.auth;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * {@code auth.*}: secrets come from the environment; only with {@code demo=true} (the embedded demo)
 * may they be missing, and then {@link DevelopmentDefaults} fill them in.
 *
 * @param demo the embedded demo: development defaults allowed, a missing key file is created
 * @param keysFile the JWK set file with the signing keys, newest first ({@code AUTH_KEYS_FILE})
 * @param userPassword the demo users' password ({@code DEMO_USER_PASSWORD})
 * @param accessTokenTtl how long an access token is valid (10 minutes)
 * @param refreshTokenTtl how long a console session's refresh token is valid from sign-in (8 hours: a working day),
 * so how long a console session can last
 * @param console the console's client: the gateway, a confidential client (authorization code + PKCE, refresh tokens)
 * @param integration the machine client of another system (client credentials)
 */
@ConfigurationProperties("auth")
record AuthProperties(boolean demo, String keysFile, String userPassword, Duration accessTokenTtl,
		Duration refreshTokenTtl, Console console, Integration integration) {

	String userPasswordOrDefault() {
		return secret(this.userPassword, "DEMO_USER_PASSWORD", DevelopmentDefaults.USER_PASSWORD);
	}

	String integrationSecretOrDefault() {
		return secret(this.integration.clientSecret(), "INTEGRATION_CLIENT_SECRET",
				DevelopmentDefaults.INTEGRATION_CLIENT_SECRET);
	}

	String consoleSecretOrDefault() {
		return secret(this.console.clientSecret(), "CONSOLE_CLIENT_SECRET", DevelopmentDefaults.CONSOLE_CLIENT_SECRET);
	}

	private String secret(String value, String variable, String developmentDefault) {
		if (StringUtils.hasText(value)) {
			return value;
		}
		if (!this.demo) {
			throw new IllegalStateException(variable + " is not set (only the embedded demo, AUTH_DEMO=true, has a default)");
		}
		return developmentDefault;
	}

	/** @param clientSecret the gateway's secret as the console's client ({@code CONSOLE_CLIENT_SECRET}) */
	record Console(String clientSecret, List<String> redirectUris, String postLogoutRedirectUri) {

	}

	/** @param unitId the unit the client acts for: its tokens carry it as {@code unit_id} */
	record Integration(String clientId, String clientSecret, String unitId) {

	}

}
