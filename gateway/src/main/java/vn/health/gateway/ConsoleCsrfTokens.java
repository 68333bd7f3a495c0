package vn.health.gateway;

import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.http.codec.FormHttpMessageReader;
import org.springframework.http.codec.multipart.FormPartEvent;
import org.springframework.http.codec.multipart.PartEvent;
import org.springframework.http.codec.multipart.PartEventHttpMessageReader;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a console request carries its CSRF token: the raw value of the {@code XSRF-TOKEN} cookie, as
 * {@code console.js} sends it, in header {@code X-XSRF-TOKEN} (htmx) or in form field {@code _csrf} (a plain or
 * multipart form post). Raw rather than Spring Security's default masked (XOR) token, as Spring Security
 * recommends for script that reads the cookie: the token is never rendered into a page. A form's body can be read
 * only once, so it is read into memory and the copy is what the route forwards (Spring Cloud Gateway's cached
 * request), which is why a service still receives the form unchanged.
 */
final class ConsoleCsrfTokens extends ServerCsrfTokenRequestAttributeHandler {

	private static final ResolvableType FORM = ResolvableType.forClassWithGenerics(MultiValueMap.class, String.class,
			String.class);

	private final FormHttpMessageReader formReader = new FormHttpMessageReader();

	private final PartEventHttpMessageReader multipartReader = new PartEventHttpMessageReader();

	private final int maxBodyBytes;

	ConsoleCsrfTokens(DataSize maxRequestSize) {
		this.maxBodyBytes = Math.toIntExact(maxRequestSize.toBytes());
		this.formReader.setMaxInMemorySize(this.maxBodyBytes);
		this.multipartReader.setMaxInMemorySize(this.maxBodyBytes);
	}

	@Override
	public Mono<String> resolveCsrfTokenValue(ServerWebExchange exchange, CsrfToken token) {
		ServerHttpRequest request = exchange.getRequest();
		String header = request.getHeaders().getFirst(token.getHeaderName());
		if (header != null) {
			return Mono.just(header);
		}
		MediaType type = request.getHeaders().getContentType();
		if (MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
			return readAgain(exchange).flatMap((copy) -> this.formReader.readMono(FORM, copy, Map.of()))
				.mapNotNull((form) -> form.getFirst(token.getParameterName()));
		}
		if (MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type)) {
			return readAgain(exchange)
				.flatMapMany((copy) -> this.multipartReader.read(ResolvableType.forClass(PartEvent.class), copy, Map.of()))
				.filter((event) -> event instanceof FormPartEvent field && field.name().equals(token.getParameterName()))
				.next()
				.map((event) -> ((FormPartEvent) event).value());
		}
		return Mono.empty();
	}

	/**
	 * Reads the body into memory (at most the gateway's request size) and leaves a request that serves it again
	 * where the gateway's routing picks it up; the copy is plain heap memory, so a request that is never routed
	 * (logout) leaves nothing to release.
	 */
	private Mono<ServerHttpRequest> readAgain(ServerWebExchange exchange) {
		// One byte more than allowed is enough to know; the rest is not read (join's own limit would fail on every
		// further chunk still arriving).
		return DataBufferUtils.join(DataBufferUtils.takeUntilByteCount(exchange.getRequest().getBody(), this.maxBodyBytes + 1L))
			.flatMap((joined) -> {
				byte[] body = new byte[joined.readableByteCount()];
				joined.read(body);
				DataBufferUtils.release(joined);
				return (body.length > this.maxBodyBytes)
						? Mono.error(new DataBufferLimitException("Body over " + this.maxBodyBytes + " bytes"))
						: Mono.just(body);
			})
			.defaultIfEmpty(new byte[0])
			.map((body) -> {
				ServerHttpRequest copy = new ServerHttpRequestDecorator(exchange.getRequest()) {
					@Override
					public Flux<DataBuffer> getBody() {
						return Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)));
					}
				};
				exchange.getAttributes().put(ServerWebExchangeUtils.CACHED_SERVER_HTTP_REQUEST_DECORATOR_ATTR, copy);
				return copy;
			});
	}

}
