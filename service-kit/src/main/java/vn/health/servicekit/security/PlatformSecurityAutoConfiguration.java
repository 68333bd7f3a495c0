package vn.health.servicekit.security;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A service as an OAuth2 resource server, switched by {@code platform.security.enabled}: on, every
 * request but health, metrics and {@code platform.security.public-paths} needs a bearer token the service validates itself (signature by the
 * issuer's JWKS, issuer, expiry, a {@code unit_id}); off, Spring Security lets everything through
 * untouched, as before it was on the classpath. Either way a controller may take a {@link Caller}.
 */
@AutoConfiguration(before = { ServletWebSecurityAutoConfiguration.class,
		ManagementWebSecurityAutoConfiguration.class, UserDetailsServiceAutoConfiguration.class,
		OAuth2ResourceServerAutoConfiguration.class })
@EnableConfigurationProperties(SecurityProperties.class)
public class PlatformSecurityAutoConfiguration {

	@Bean
	WebMvcConfigurer callerArgument(SecurityProperties properties) {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CallerArgumentResolver(properties.enabled()));
			}
		};
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "platform.security.enabled", havingValue = false, matchIfMissing = true)
	static class Off {

		/** Matches no request, so no security filter runs and Boot's default login stays away. */
		@Bean
		SecurityFilterChain securityOff(HttpSecurity http) throws Exception {
			return http.securityMatcher((request) -> false).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty("platform.security.enabled")
	@EnableMethodSecurity
	static class On {

		@Bean
		JwtDecoder jwtDecoder(SecurityProperties properties) {
			return PlatformJwtDecoder.of(properties);
		}

		@Bean
		SecurityFilterChain resourceServer(HttpSecurity http, JsonMapper json, SecurityProperties properties)
				throws Exception {
			SecurityProblems problems = new SecurityProblems(json);
			// The OpenAPI description is public: the gateway serves it to whoever integrates (issue #11)
			List<String> open = new ArrayList<>(List.of("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
					"/error", "/v3/api-docs", "/v3/api-docs/**"));
			open.addAll(properties.publicPaths());
			return http
				.authorizeHttpRequests((requests) -> requests.requestMatchers(open.toArray(String[]::new))
					.permitAll()
					.anyRequest()
					.authenticated())
				.oauth2ResourceServer((resourceServer) -> resourceServer
					.jwt((jwt) -> jwt.jwtAuthenticationConverter(PlatformJwtDecoder.authenticationConverter()))
					.authenticationEntryPoint(problems)
					.accessDeniedHandler(problems))
				.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(problems)
					.accessDeniedHandler(problems))
				.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
				// Bearer tokens only, never cookies: nothing for a cross-site request to ride on.
				.csrf((csrf) -> csrf.disable())
				.build();
		}

	}

}
