package vn.health.testkit.security;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * The same values for every test class of the JVM, so Spring's cached contexts stay reusable. Set before the test
 * instance is built too: a {@code @TestInstance(PER_CLASS)} class gets its Spring context before before-all callbacks.
 */
class TestIssuerExtension implements BeforeAllCallback, TestInstancePreConstructCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		pointAtTheTestIssuer();
	}

	@Override
	public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
		pointAtTheTestIssuer();
	}

	private static void pointAtTheTestIssuer() {
		TestTokens tokens = TestTokens.get();
		System.setProperty("platform.security.issuer-uri", tokens.issuer());
		System.setProperty("platform.security.jwk-set-uri", tokens.jwkSetUri());
	}

}
