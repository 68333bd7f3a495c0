package vn.health.gateway;

import java.net.URI;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/** Writes the answers the gateway gives itself as the platform's problem+json (Vietnamese / English). */
@Component
class ProblemWriter {

	private final JsonMapper json;

	ProblemWriter(JsonMapper json) {
		this.json = json;
	}

	Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:problem-type:truyen-thong-y-te:" + type));
		problem.setTitle(title);
		problem.setInstance(URI.create(exchange.getRequest().getPath().value()));
		exchange.getResponse().setStatusCode(status);
		exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		DataBuffer body = exchange.getResponse().bufferFactory().wrap(this.json.writeValueAsBytes(problem));
		return exchange.getResponse().writeWith(Mono.just(body));
	}

}
