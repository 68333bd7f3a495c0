package vn.health.servicekit.security;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.util.StringUtils;

/**
 * Validates the platform's access tokens locally: the issuer's keys come from its JWKS (fetched
 * lazily and cached, refetched when a token names an unknown key — which is what makes key rotation
 * work without restarting services), then issuer, expiry and the {@code unit_id} claim are checked.
 */
final class PlatformJwtDecoder {

	private PlatformJwtDecoder() {
	}

	static JwtDecoder of(SecurityProperties properties) {
		if (!StringUtils.hasText(properties.issuerUri()) || !StringUtils.hasText(properties.jwkSetUri())) {
			throw new IllegalStateException("platform.security.enabled=true needs OIDC_ISSUER_URI "
					+ "(platform.security.issuer-uri) and a JWKS URL (platform.security.jwk-set-uri)");
		}
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
		OAuth2TokenValidator<Jwt> hasUnit = new JwtClaimValidator<String>(PlatformClaims.UNIT_ID,
				StringUtils::hasText);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(properties.issuerUri()), hasUnit));
		return decoder;
	}

	static JwtAuthenticationConverter authenticationConverter() {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(PlatformClaims::authorities);
		return converter;
	}

}
