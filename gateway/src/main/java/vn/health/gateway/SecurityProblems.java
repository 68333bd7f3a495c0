package vn.health.gateway;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/** 401 and 403 for API calls, in the same problem+json shape as the services'. */
@Component
class SecurityProblems implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	private final ProblemWriter problems;

	SecurityProblems(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		boolean tokenSent = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION) != null;
		// RFC 6750: tell the client whether its token was the problem.
		exchange.getResponse()
			.getHeaders()
			.set(HttpHeaders.WWW_AUTHENTICATE, tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
		return this.problems.write(exchange, HttpStatus.UNAUTHORIZED, "unauthenticated",
				"Chưa đăng nhập / Unauthenticated",
				"Cần đăng nhập: gửi access token hợp lệ (Authorization: Bearer …) hoặc đăng nhập trên giao diện. / Sign in first: send a valid access token (Authorization: Bearer …) or sign in to the console.");
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		return this.problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden", "Không có quyền / Forbidden",
				"Yêu cầu bị từ chối (thiếu mã CSRF hoặc không đủ quyền). / The request was refused (missing CSRF token or not allowed).");
	}

}
