package vn.health.gateway;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code gateway.*}: protection the one public origin applies before anything reaches a service.
 *
 * @param consoleOrigins the only origins a browser may call the API from across sites ({@code CONSOLE_ORIGINS})
 * @param maxRequestSize larger bodies are refused with 413 ({@code MAX_REQUEST_SIZE}, 10MB: a scanned plan)
 * @param rateLimits requests per signed-in user and per integration client
 * @param publicPaths path patterns passed on without a caller besides health and metrics
 * ({@code GATEWAY_PUBLIC_PATHS}, none by default), e.g. iCalendar feeds that carry their own secret
 */
@ConfigurationProperties("gateway")
record GatewayProperties(List<String> consoleOrigins, DataSize maxRequestSize, RateLimits rateLimits,
		List<String> publicPaths) {

	GatewayProperties {
		publicPaths = (publicPaths != null) ? List.copyOf(publicPaths) : List.of();
	}

	record RateLimits(Limit user, Limit integration) {

	}

	/** {@code requests} per {@code per}, refilled gradually; also the largest burst. */
	record Limit(long requests, Duration per) {

	}

}
