package vn.health.auth;

import java.nio.file.Path;
import java.util.UUID;

import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.util.StringUtils;

/**
 * OAuth2 and OpenID Connect endpoints (discovery, authorize, token, JWKS, userinfo, logout), the sign-in
 * form for the demo users ({@link SignInPages}), and the two clients: the console and one integration.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

	private static final Logger log = LoggerFactory.getLogger(AuthorizationServerConfiguration.class);

	@Bean
	@Order(1)
	SecurityFilterChain protocolEndpoints(HttpSecurity http) throws Exception {
		http.oauth2AuthorizationServer((server) -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc(Customizer.withDefaults());
		})
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			// A browser without a session goes to the sign-in form; the userinfo endpoint takes bearer tokens.
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain signIn(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/error", "/css/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			// Our own Vietnamese form (SignInPages); Spring Security still checks what it posts to /login.
			.formLogin((form) -> form.loginPage("/login").permitAll())
			// Signed out, the browser must still see /login?logout, which formLogin's permitAll does not cover.
			.logout((logout) -> logout.permitAll())
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	DemoAccounts demoAccounts() {
		return DemoAccounts.load();
	}

	@Bean
	UserDetailsService users(DemoAccounts accounts, AuthProperties properties, PasswordEncoder encoder) {
		if (properties.demo() && !StringUtils.hasText(properties.userPassword())) {
			log.warn("AUTH_DEMO: the {} demo users have the DEVELOPMENT password; set DEMO_USER_PASSWORD "
					+ "for anything but a local demo", accounts.size());
		}
		return accounts.users(encoder.encode(properties.userPasswordOrDefault()));
	}

	@Bean
	SigningKeys signingKeys(AuthProperties properties) {
		if (StringUtils.hasText(properties.keysFile())) {
			return SigningKeys.load(Path.of(properties.keysFile()), properties.demo());
		}
		if (!properties.demo()) {
			throw new IllegalStateException("AUTH_KEYS_FILE is not set (only the embedded demo may run without one)");
		}
		log.warn("AUTH_DEMO without AUTH_KEYS_FILE: a signing key in memory, tokens die with this process");
		return SigningKeys.ephemeral();
	}

	@Bean
	JWKSource<SecurityContext> jwkSource(SigningKeys keys) {
		return new ImmutableJWKSet<>(keys.all());
	}

	@Bean
	OAuth2AuthorizationService authorizations() {
		return new AuthorizationsByEveryIdToken();
	}

	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> platformClaims(DemoAccounts accounts, SigningKeys keys) {
		return new PlatformTokenClaims(accounts, keys);
	}

	@Bean
	RegisteredClientRepository clients(AuthProperties properties, PasswordEncoder encoder) {
		TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build();
		AuthProperties.Console console = properties.console();
		// The gateway signs console users in as a confidential client (its secret), so it gets a refresh token and a
		// session outlives one access token; PKCE stays required. NONE keeps the PKCE sign-in without a secret that
		// scripts use (README's token_of, the end-to-end test): the issuer gives those no refresh token.
		RegisteredClient consoleClient = RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId("console")
			.clientName("Bảng điều khiển / Console")
			.clientSecret(encoder.encode(properties.consoleSecretOrDefault()))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUris((uris) -> uris.addAll(console.redirectUris()))
			.postLogoutRedirectUri(console.postLogoutRedirectUri())
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			// The refresh token is reused, not rotated: a page's parallel requests (htmx, styles, scripts) may each
			// refresh at the gateway at once, and with rotation all but the first would fail. It lapses after its
			// lifetime from sign-in, so a session lasts at most that long.
			.tokenSettings(TokenSettings.builder()
				.accessTokenTimeToLive(properties.accessTokenTtl())
				.refreshTokenTimeToLive(properties.refreshTokenTtl())
				.reuseRefreshTokens(true)
				.build())
			.build();
		AuthProperties.Integration integration = properties.integration();
		RegisteredClient integrationClient = RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(integration.clientId())
			.clientSecret(encoder.encode(properties.integrationSecretOrDefault()))
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scope("platform")
			.clientSettings(ClientSettings.builder().setting(PlatformTokenClaims.UNIT_ID, integration.unitId()).build())
			.tokenSettings(tokens)
			.build();
		return new InMemoryRegisteredClientRepository(consoleClient, integrationClient);
	}

}
