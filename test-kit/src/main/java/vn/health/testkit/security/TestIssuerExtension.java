package vn.health.testkit.security;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The same values for every test class of the JVM, so Spring's cached contexts stay reusable. */
class TestIssuerExtension implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		TestTokens tokens = TestTokens.get();
		System.setProperty("platform.security.issuer-uri", tokens.issuer());
		System.setProperty("platform.security.jwk-set-uri", tokens.jwkSetUri());
	}

}
