package vn.health.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.util.StringUtils;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.WebFilter;

/**
 * Who may pass the gateway: API clients with a bearer token from the platform's issuer (checked here,
 * then relayed; the services check it again), console users signed in with OpenID Connect (their
 * session's access token is relayed). Health and metrics are open; everything else needs one of the
 * two. Cross-site calls only from the console's origin; CSRF protection for the cookie session only,
 * since a bearer token cannot ride along on a forged request.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class GatewaySecurity {

	static final String LOGIN_PATH = "/oauth2/authorization/console";

	/** WebFlux's session cookie: a request without it has no session a forged request could ride on. */
	static final String SESSION_COOKIE = "SESSION";

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, SecurityProblems problems,
			ReactiveJwtDecoder jwtDecoder, GatewayProperties properties,
			ReactiveClientRegistrationRepository registrations,
			@Value("${platform.security.end-session-uri}") String endSessionUri) {
		List<String> open = new ArrayList<>(List.of("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
				"/api-docs/**", "/v3/api-docs/**"));
		open.addAll(properties.publicPaths());
		ServerWebExchangeMatcher api = ServerWebExchangeMatchers.pathMatchers("/api/**");
		DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
				new DelegatingServerAuthenticationEntryPoint.DelegateEntry(api, problems));
		entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(LOGIN_PATH));
		return http
			.authorizeExchange((exchanges) -> exchanges
				.pathMatchers(open.toArray(String[]::new))
				.permitAll()
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt((jwt) -> jwt.jwtDecoder(jwtDecoder))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems))
			.oauth2Login(Customizer.withDefaults())
			.logout((logout) -> logout.logoutSuccessHandler(signOutAtTheIssuer(registrations, endSessionUri)))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(problems))
			.csrf((csrf) -> csrf.csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(new ConsoleCsrfTokens(properties.maxRequestSize()))
				.requireCsrfProtectionMatcher(GatewaySecurity::changesStateWithTheSessionCookie)
				.accessDeniedHandler(problems))
			.cors(Customizer.withDefaults())
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; frame-ancestors 'none'"))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
			.build();
	}

	/**
	 * Đăng xuất ends the issuer's session too, not just the gateway's: otherwise the next visit on a shared office
	 * computer would be signed in again as the same person without a password. The issuer then sends the browser
	 * back to the console's start page, the address registered as the console's post-logout URI.
	 */
	private static OidcClientInitiatedServerLogoutSuccessHandler signOutAtTheIssuer(
			ReactiveClientRegistrationRepository registrations, String endSessionUri) {
		// The issuer's endpoints are configured, not discovered, so its end-session endpoint is added here.
		ReactiveClientRegistrationRepository withEndSession = (id) -> registrations.findByRegistrationId(id)
			.map((registration) -> ClientRegistration.withClientRegistration(registration)
				.providerConfigurationMetadata(Map.of("end_session_endpoint", endSessionUri))
				.build());
		OidcClientInitiatedServerLogoutSuccessHandler handler = new OidcClientInitiatedServerLogoutSuccessHandler(
				withEndSession);
		handler.setPostLogoutRedirectUri("{baseUrl}/");
		return handler;
	}

	/** Tokens of the platform's issuer only: signature (JWKS), issuer, expiry, a unit. */
	@Bean
	ReactiveJwtDecoder jwtDecoder(@Value("${platform.security.issuer-uri}") String issuer,
			@Value("${platform.security.jwk-set-uri}") String jwkSetUri) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri).build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<Jwt>(JwtValidators.createDefaultWithIssuer(issuer),
				new JwtClaimValidator<String>("unit_id", StringUtils::hasText)));
		return decoder;
	}

	@Bean
	ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
			ServerOAuth2AuthorizedClientRepository authorizedClients) {
		DefaultReactiveOAuth2AuthorizedClientManager manager = new DefaultReactiveOAuth2AuthorizedClientManager(
				registrations, authorizedClients);
		manager.setAuthorizedClientProvider(
				ReactiveOAuth2AuthorizedClientProviderBuilder.builder().authorizationCode().refreshToken().build());
		return manager;
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(GatewayProperties properties) {
		CorsConfiguration console = new CorsConfiguration();
		console.setAllowedOrigins(properties.consoleOrigins());
		console.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE", "PATCH"));
		console.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE,
				CorrelationIdFilter.HEADER, "X-XSRF-TOKEN"));
		console.setExposedHeaders(List.of(CorrelationIdFilter.HEADER, HttpHeaders.RETRY_AFTER));
		console.setAllowCredentials(true);
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", console);
		return source;
	}

	/** The CSRF token is made lazily; subscribing to it writes the XSRF-TOKEN cookie the console reads. */
	@Bean
	WebFilter csrfCookie() {
		return (exchange, chain) -> {
			Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
			return (token != null ? token.then() : Mono.<Void>empty()).then(chain.filter(exchange));
		};
	}

	private static Mono<MatchResult> changesStateWithTheSessionCookie(
			org.springframework.web.server.ServerWebExchange exchange) {
		HttpMethod method = exchange.getRequest().getMethod();
		boolean safe = method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
				|| method == HttpMethod.TRACE;
		boolean bearer = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION) != null;
		boolean session = exchange.getRequest().getCookies().containsKey(SESSION_COOKIE);
		return (safe || bearer || !session) ? MatchResult.notMatch() : MatchResult.match();
	}

}
