package vn.health.testkit.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Points the service under test at {@link TestTokens}' issuer and JWKS ({@code platform.security.issuer-uri},
 * {@code platform.security.jwk-set-uri}) before the Spring context is built. Security itself is still
 * switched on by the test: {@code @SpringBootTest(properties = "platform.security.enabled=true")}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(TestIssuerExtension.class)
public @interface WithTestIssuer {

}
