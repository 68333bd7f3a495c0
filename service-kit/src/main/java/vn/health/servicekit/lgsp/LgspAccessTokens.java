package vn.health.servicekit.lgsp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Mã truy cập LGSP — an OAuth2 client-credentials token (RFC 6749 §4.4: client id and secret as HTTP Basic), kept
 * until 30 seconds before it expires so that every send does not cost a token request; forgotten when the LGSP
 * answers 401, so a revoked token is replaced at the next attempt.
 */
class LgspAccessTokens {

	private static final Duration MARGIN = Duration.ofSeconds(30);

	private static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);

	private final RestClient http;

	private final LgspProperties settings;

	private final Clock clock;

	private Token token;

	LgspAccessTokens(RestClient http, LgspProperties settings, Clock clock) {
		this.http = http;
		this.settings = settings;
		this.clock = clock;
	}

	synchronized String current() {
		if (this.token == null || !this.clock.instant().isBefore(this.token.expiresAt().minus(MARGIN))) {
			this.token = fetch();
		}
		return this.token.value();
	}

	synchronized void forget() {
		this.token = null;
	}

	private Token fetch() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("grant_type", "client_credentials");
		Map<?, ?> answer = this.http.post()
			.uri(this.settings.tokenUrl())
			.headers((headers) -> headers.setBasicAuth(this.settings.clientId(), this.settings.clientSecret()))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(form)
			.retrieve()
			.body(Map.class);
		if (answer == null || !(answer.get("access_token") instanceof String value) || value.isBlank()) {
			throw new IllegalStateException("The LGSP token endpoint answered without an access_token");
		}
		Duration lifetime = (answer.get("expires_in") instanceof Number seconds)
				? Duration.ofSeconds(seconds.longValue()) : DEFAULT_LIFETIME;
		return new Token(value, this.clock.instant().plus(lifetime));
	}

	private record Token(String value, Instant expiresAt) {

	}

}
