package vn.health.auth;

/**
 * DEVELOPMENT ONLY — the secrets of the embedded demo (README command 1), used only when
 * {@code AUTH_DEMO=true} and the environment gives none. Any real installation sets
 * {@code DEMO_USER_PASSWORD}/{@code INTEGRATION_CLIENT_SECRET}/{@code CONSOLE_CLIENT_SECRET} (or uses Keycloak) and never
 * {@code AUTH_DEMO}.
 */
final class DevelopmentDefaults {

	static final String USER_PASSWORD = "demo";

	static final String INTEGRATION_CLIENT_SECRET = "demo-integration-secret";

	/** Also the gateway's default ({@code CONSOLE_CLIENT_SECRET} in its application.yml), so ./platform needs none. */
	static final String CONSOLE_CLIENT_SECRET = "demo-console-secret";

	private DevelopmentDefaults() {
	}

}
