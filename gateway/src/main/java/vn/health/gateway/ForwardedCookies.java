package vn.health.gateway;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Cookies stay at the gateway: its session and CSRF token are nobody else's business, and the services are called
 * with the token alone. The one cookie passed on is the console's own session ({@value #CONSOLE_SESSION}), on the
 * console's route only: the console keeps there the one-time confirmation ("Đã nộp báo cáo …") it shows after
 * redirecting a form post.
 */
@Component
class ForwardedCookies implements GlobalFilter, Ordered {

	static final String CONSOLE_ROUTE = "console";

	/** The console's {@code server.servlet.session.cookie.name}. */
	static final String CONSOLE_SESSION = "CONSOLE_SESSION";

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		HttpCookie consoleSession = (route != null && CONSOLE_ROUTE.equals(route.getId()))
				? exchange.getRequest().getCookies().getFirst(CONSOLE_SESSION) : null;
		ServerHttpRequest forwarded = exchange.getRequest().mutate().headers((headers) -> {
			headers.remove(HttpHeaders.COOKIE);
			if (consoleSession != null) {
				headers.set(HttpHeaders.COOKIE, consoleSession.getName() + "=" + consoleSession.getValue());
			}
		}).build();
		return chain.filter(exchange.mutate().request(forwarded).build());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
