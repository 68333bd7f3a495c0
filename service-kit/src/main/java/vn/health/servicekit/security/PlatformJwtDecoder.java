package vn.health.servicekit.security;

import java.time.Duration;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestOperations;
import org.springframework.web.client.RestTemplate;

/**
 * Validates the platform's access tokens locally: the issuer's keys come from its JWKS (fetched
 * lazily and cached, refetched when a token names an unknown key — which is what makes key rotation
 * work without restarting services), then issuer, expiry and the {@code unit_id} claim are checked.
 */
final class PlatformJwtDecoder {

	/**
	 * How long fetching the issuer's keys may take. Nimbus' default of 500 ms fails every request with a 500 while
	 * the issuer answers slowly (a Keycloak starting, a loaded host), until a fetch finally succeeds.
	 */
	static final Duration JWKS_READ_TIMEOUT = Duration.ofSeconds(10);

	static final Duration JWKS_CONNECT_TIMEOUT = Duration.ofSeconds(2);

	private PlatformJwtDecoder() {
	}

	static JwtDecoder of(SecurityProperties properties) {
		if (!StringUtils.hasText(properties.issuerUri()) || !StringUtils.hasText(properties.jwkSetUri())) {
			throw new IllegalStateException("platform.security.enabled=true needs OIDC_ISSUER_URI "
					+ "(platform.security.issuer-uri) and a JWKS URL (platform.security.jwk-set-uri)");
		}
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri())
			.restOperations(jwksClient())
			.build();
		OAuth2TokenValidator<Jwt> hasUnit = new JwtClaimValidator<String>(PlatformClaims.UNIT_ID,
				StringUtils::hasText);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(properties.issuerUri()), hasUnit));
		return decoder;
	}

	private static RestOperations jwksClient() {
		SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
		requests.setConnectTimeout(JWKS_CONNECT_TIMEOUT);
		requests.setReadTimeout(JWKS_READ_TIMEOUT);
		return new RestTemplate(requests);
	}

	static JwtAuthenticationConverter authenticationConverter() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(PlatformClaims::authorities);
		return converter;
	}

}
