package vn.health.servicekit.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.security.*}: whether the service checks access tokens, and whose.
 *
 * @param enabled off (the default until each service adopts it): no token is asked for, every caller
 * is {@link Caller#UNSECURED}; on: every request but health and metrics needs a valid bearer token
 * @param issuerUri the {@code iss} every token must carry ({@code OIDC_ISSUER_URI})
 * @param jwkSetUri where the issuer's public keys are ({@code OIDC_JWK_SET_URI}; the embedded
 * auth-server's {@code <issuer>/oauth2/jwks} by default, Keycloak's {@code .../protocol/openid-connect/certs})
 */
@ConfigurationProperties("platform.security")
public record SecurityProperties(boolean enabled, String issuerUri, String jwkSetUri) {

}
