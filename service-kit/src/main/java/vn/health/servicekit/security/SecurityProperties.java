package vn.health.servicekit.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.security.*}: whether the service checks access tokens, and whose.
 *
 * @param enabled off (the default until each service adopts it): no token is asked for, every caller
 * is {@link Caller#UNSECURED}; on: every request but health and metrics needs a valid bearer token
 * @param issuerUri the {@code iss} every token must carry ({@code OIDC_ISSUER_URI})
 * @param jwkSetUri where the issuer's public keys are ({@code OIDC_JWK_SET_URI}; the embedded
 * auth-server's {@code <issuer>/oauth2/jwks} by default, Keycloak's {@code .../protocol/openid-connect/certs})
 * @param publicPaths path patterns open without a token besides health and metrics, e.g. an iCalendar
 * feed a calendar app fetches (it must then carry its own secret, such as a signed URL)
 */
@ConfigurationProperties("platform.security")
public record SecurityProperties(boolean enabled, String issuerUri, String jwkSetUri, List<String> publicPaths) {

	public SecurityProperties {
		publicPaths = (publicPaths != null) ? List.copyOf(publicPaths) : List.of();
	}

}
