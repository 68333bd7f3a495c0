package vn.health.auth;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The sign-ins' authorizations, in memory as Spring's default keeps them, also found by an ID token a refresh has
 * since replaced. The gateway keeps the ID token of the sign-in for its session and sends it as {@code id_token_hint}
 * when the person signs out; each refresh (every access-token lifetime) gives a new one, and Spring's store knows
 * only the latest, so without this a sign-out after the first refresh would be refused (400) and the session here
 * would stay open for the next person at the same computer.
 */
final class AuthorizationsByEveryIdToken implements OAuth2AuthorizationService {

	private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

	private final OAuth2AuthorizationService store = new InMemoryOAuth2AuthorizationService();

	private final Map<String, String> authorizationByIdToken = new ConcurrentHashMap<>();

	private final Map<String, Set<String>> idTokensByAuthorization = new ConcurrentHashMap<>();

	@Override
	public void save(OAuth2Authorization authorization) {
		this.store.save(authorization);
		OAuth2Authorization.Token<OidcIdToken> idToken = authorization.getToken(OidcIdToken.class);
		if (idToken != null) {
			String value = idToken.getToken().getTokenValue();
			this.authorizationByIdToken.put(value, authorization.getId());
			this.idTokensByAuthorization.computeIfAbsent(authorization.getId(), (id) -> ConcurrentHashMap.newKeySet())
				.add(value);
		}
	}

	@Override
	public void remove(OAuth2Authorization authorization) {
		this.store.remove(authorization);
		Set<String> idTokens = this.idTokensByAuthorization.remove(authorization.getId());
		if (idTokens != null) {
			idTokens.forEach(this.authorizationByIdToken::remove);
		}
	}

	@Override
	public OAuth2Authorization findById(String id) {
		return this.store.findById(id);
	}

	@Override
	public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
		OAuth2Authorization found = this.store.findByToken(token, tokenType);
		if (found != null || (tokenType != null && !ID_TOKEN.equals(tokenType))) {
			return found;
		}
		String earlier = this.authorizationByIdToken.get(token);
		return (earlier != null) ? this.store.findById(earlier) : null;
	}

}
