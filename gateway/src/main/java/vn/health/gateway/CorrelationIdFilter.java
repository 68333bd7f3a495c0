package vn.health.gateway;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Gives every request a correlation id (keeping a well-formed one from the caller), passes it to the
 * service, returns it to the caller and logs the request with it, so one id ties together the
 * gateway's log, the services' logs and the Kafka events the request causes.
 */
@Component
class CorrelationIdFilter implements GlobalFilter, Ordered {

	static final String HEADER = "X-Correlation-Id";

	private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private static final Logger log = LoggerFactory.getLogger(CorrelationIdFilter.class);

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		String given = exchange.getRequest().getHeaders().getFirst(HEADER);
		String id = (given != null && SAFE.matcher(given).matches()) ? given : UUID.randomUUID().toString();
		ServerHttpRequest request = exchange.getRequest().mutate().headers((headers) -> headers.set(HEADER, id)).build();
		// Set just before the response goes out: it replaces the copy the service sends back, so the
		// caller sees the header once, also on answers the gateway makes itself (404, 502).
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().getHeaders().set(HEADER, id);
			return Mono.empty();
		});
		long started = System.nanoTime();
		return chain.filter(exchange.mutate().request(request).build())
			.doFinally((signal) -> log.info("{} {} -> {} in {} ms [correlationId={}]", request.getMethod(),
					request.getURI().getRawPath(), exchange.getResponse().getStatusCode(),
					(System.nanoTime() - started) / 1_000_000, id));
	}

	/**
	 * First, except for Spring Cloud Gateway's body cache (order {@code HIGHEST_PRECEDENCE + 1000}): that one swaps in
	 * the copy of a form the CSRF check read ({@link ConsoleCsrfTokens}), which would drop a header set before it.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1001;
	}

}
