package vn.health.gateway;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses a body larger than {@code gateway.max-request-size} by its Content-Length before it is read
 * or forwarded. (A chunked body has no length up front; the services' own multipart limits apply to it.)
 */
@Component
class RequestSizeLimit implements WebFilter, Ordered {

	private final long maxBytes;

	private final ProblemWriter problems;

	RequestSizeLimit(GatewayProperties properties, ProblemWriter problems) {
		this.maxBytes = properties.maxRequestSize().toBytes();
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		long length = exchange.getRequest().getHeaders().getContentLength();
		if (length <= this.maxBytes) {
			return chain.filter(exchange);
		}
		long megabytes = this.maxBytes / (1024 * 1024);
		return this.problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "content-too-large",
				"Nội dung gửi lên quá lớn / Content too large",
				"Tối đa " + megabytes + " MB mỗi yêu cầu. / At most " + megabytes + " MB per request.");
	}

	/** Before authentication: an oversized body is refused without reading it. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
