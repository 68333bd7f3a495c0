package vn.health.gateway;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Requests per signed-in user and per integration client (token bucket, Bucket4j), so one runaway
 * script or integration cannot starve a province's units; over the limit: 429 with Retry-After.
 * Runs after security (the caller is known). The buckets live in this process's memory, which is right
 * for one gateway instance; several instances would each allow the full rate (a shared store such as
 * Redis with Bucket4j's proxy manager would then be needed).
 */
@Component
class RateLimits implements WebFilter, Ordered {

	/** Just after Spring Security's filter chain (-100). */
	static final int ORDER = -90;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	private final GatewayProperties.RateLimits limits;

	private final ProblemWriter problems;

	RateLimits(GatewayProperties properties, ProblemWriter problems) {
		this.limits = properties.rateLimits();
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return exchange.getPrincipal()
			.filter(Authentication.class::isInstance)
			.map((principal) -> consume((Authentication) principal))
			.flatMap((probe) -> {
				exchange.getResponse()
					.getHeaders()
					.set("X-RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
				return probe.isConsumed() ? chain.filter(exchange) : tooManyRequests(exchange, probe);
			})
			.switchIfEmpty(Mono.defer(() -> chain.filter(exchange)));
	}

	private ConsumptionProbe consume(Authentication caller) {
		boolean integration = caller instanceof JwtAuthenticationToken token
				&& List.of("INTEGRATION").equals(token.getToken().getClaimAsStringList("roles"));
		GatewayProperties.Limit limit = integration ? this.limits.integration() : this.limits.user();
		String key = (integration ? "client:" : "user:") + caller.getName();
		return this.buckets.get(key, (ignored) -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(limit.requests()).refillGreedy(limit.requests(), limit.per()).build())
			.build()).tryConsumeAndReturnRemaining(1);
	}

	private Mono<Void> tooManyRequests(ServerWebExchange exchange, ConsumptionProbe probe) {
		long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
		exchange.getResponse().getHeaders().set("Retry-After", String.valueOf(seconds));
		return this.problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
				"Quá nhiều yêu cầu / Too many requests",
				"Bạn đã gửi quá nhiều yêu cầu, vui lòng thử lại sau " + seconds + " giây. / Too many requests; retry after "
						+ seconds + " s.");
	}

	@Override
	public int getOrder() {
		return ORDER;
	}

}
