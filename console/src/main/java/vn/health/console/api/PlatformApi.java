package vn.health.console.api;

import java.util.Optional;

import vn.health.servicekit.web.Correlation;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's public API as the signed-in user: every call carries the bearer token the gateway relayed to
 * the console (already validated by the resource server), so each service applies the user's own roles and unit
 * scope — the console never acts with more rights than its user. Error answers become {@link ApiProblem}.
 */
@Component
public class PlatformApi {

	private final RestClient rest;

	PlatformApi(RestClient.Builder builder, ConsoleApiProperties properties, JsonMapper json) {
		this.rest = builder.baseUrl(properties.apiBaseUrl().toString())
			.requestInterceptor(forwardUserToken())
			.defaultStatusHandler(HttpStatusCode::isError,
					(request, response) -> {
						throw ApiProblem.read(response.getStatusCode().value(), response.getBody().readAllBytes(), json);
					})
			.build();
	}

	public RestClient rest() {
		return this.rest;
	}

	private static ClientHttpRequestInterceptor forwardUserToken() {
		return (request, body, execution) -> {
			incomingAuthorization().ifPresent((value) -> request.getHeaders().set(HttpHeaders.AUTHORIZATION, value));
			String correlation = Correlation.current();
			if (correlation != null) {
				request.getHeaders().set(Correlation.HEADER, correlation);
			}
			return execution.execute(request, body);
		};
	}

	private static Optional<String> incomingAuthorization() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return Optional.ofNullable(attributes.getRequest().getHeader(HttpHeaders.AUTHORIZATION));
		}
		return Optional.empty();
	}

}
