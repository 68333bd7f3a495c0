package vn.health.auth;

import java.util.List;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The claims every service reads ({@code unit_id}, {@code roles}), in access and ID tokens: a user's
 * from its demo account, a machine client's from its registration (role {@code INTEGRATION}). Also
 * names the current signing key, so that during a rotation the new key signs.
 */
final class PlatformTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

	static final String UNIT_ID = "unit_id";

	static final String ROLES = "roles";

	private final DemoAccounts accounts;

	private final SigningKeys keys;

	PlatformTokenClaims(DemoAccounts accounts, SigningKeys keys) {
		this.accounts = accounts;
		this.keys = keys;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		context.getJwsHeader().keyId(this.keys.current().getKeyID());
		boolean accessOrIdToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
				|| OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
		if (!accessOrIdToken) {
			return;
		}
		if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
			String unitId = context.getRegisteredClient().getClientSettings().getSetting(UNIT_ID);
			context.getClaims().claim(UNIT_ID, unitId).claim(ROLES, List.of("INTEGRATION"));
			return;
		}
		this.accounts.find(context.getPrincipal().getName())
			.ifPresent((account) -> context.getClaims().claim(UNIT_ID, account.unitId()).claim(ROLES, account.roles()));
	}

}
