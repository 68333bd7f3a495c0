package vn.health.servicekit.lgsp;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code platform.lgsp.*} — where the province's LGSP is and how to reach it. Nothing is sent (and no bean
 * exists) unless {@code base-url} is set; secrets come from the environment ({@code LGSP_CLIENT_SECRET},
 * {@code LGSP_API_KEY}), never from YAML.
 *
 * @param baseUrl the LGSP's REST root, e.g. {@code https://lgsp.bacgiang.gov.vn/api}
 * @param auth {@code client-credentials} (OAuth2 token from {@code tokenUrl}) or {@code api-key} (a fixed header)
 * @param documentsPath where edXML packages are posted, under {@code baseUrl}
 * @param reportsPath where report figures are posted, under {@code baseUrl}
 * @param timeout longest wait for one HTTP call (connect and answer) before it counts as failed
 * @param attemptsPerPass HTTP attempts one sweep makes for a send, {@code retryWait} apart (doubled, with jitter)
 * @param firstDelay wait before the next sweep tries a send that failed; it grows with the send's age, up to
 *        {@code maxDelay}
 * @param giveUpAfter a send still not accepted this long after it was queued is marked FAILED
 * @param sweepPeriod how often due sends are looked for
 * @param lease how long one instance may hold the sweep (and a claimed send) before another may take over
 * @param breakerOpenFor how long the circuit breaker stays open after the LGSP kept failing
 */
@ConfigurationProperties("platform.lgsp")
public record LgspProperties(URI baseUrl, @DefaultValue("client-credentials") Auth auth, URI tokenUrl,
		String clientId, String clientSecret, @DefaultValue("X-API-Key") String apiKeyHeader, String apiKey,
		@DefaultValue("/edxml/documents") String documentsPath, @DefaultValue("/reports") String reportsPath,
		@DefaultValue("10s") Duration timeout, @DefaultValue("3") int attemptsPerPass,
		@DefaultValue("500ms") Duration retryWait, @DefaultValue("30s") Duration firstDelay,
		@DefaultValue("1h") Duration maxDelay, @DefaultValue("3d") Duration giveUpAfter,
		@DefaultValue("10s") Duration sweepPeriod, @DefaultValue("20") int batchSize,
		@DefaultValue("5m") Duration lease, @DefaultValue("60s") Duration breakerOpenFor) {

	/** How the platform proves itself to the LGSP. */
	public enum Auth {

		CLIENT_CREDENTIALS, API_KEY

	}

	/** Refuses a configuration that could never send, at start-up rather than at the first send. */
	void check() {
		if (this.auth == Auth.CLIENT_CREDENTIALS && (this.tokenUrl == null || blank(this.clientId)
				|| blank(this.clientSecret))) {
			throw new IllegalStateException("platform.lgsp.auth=client-credentials needs platform.lgsp.token-url, "
					+ "client-id and client-secret (LGSP_TOKEN_URL, LGSP_CLIENT_ID, LGSP_CLIENT_SECRET)");
		}
		if (this.auth == Auth.API_KEY && (blank(this.apiKeyHeader) || blank(this.apiKey))) {
			throw new IllegalStateException("platform.lgsp.auth=api-key needs platform.lgsp.api-key (LGSP_API_KEY)");
		}
	}

	String path(LgspSend.Kind kind) {
		return (kind == LgspSend.Kind.DOCUMENT) ? this.documentsPath : this.reportsPath;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
