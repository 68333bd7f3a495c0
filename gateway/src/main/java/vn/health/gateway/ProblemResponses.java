package vn.health.gateway;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

/**
 * The gateway's own errors (no such path, a service down or too slow) as problem+json in Vietnamese
 * and English, like the services' errors, instead of Boot's default error JSON.
 */
@Component
@Order(-2) // before Boot's default error handler (-1)
class ProblemResponses implements WebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

	private final ProblemWriter problems;

	ProblemResponses(ProblemWriter problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		HttpStatusCode status = statusOf(ex);
		if (status.is5xxServerError()) {
			log.warn("{} {} -> {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), status.value(),
					ex.toString());
		}
		return this.problems.write(exchange, status, "http-" + status.value(), titleOf(status), detailOf(status));
	}

	private static HttpStatusCode statusOf(Throwable ex) {
		if (ex instanceof ResponseStatusException statusException) {
			return statusException.getStatusCode();
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataBufferLimitException) {
				// A chunked form larger than MAX_REQUEST_SIZE, met while reading its CSRF field.
				return HttpStatus.CONTENT_TOO_LARGE;
			}
			if (cause instanceof ConnectException) {
				return HttpStatus.SERVICE_UNAVAILABLE;
			}
			if (cause instanceof TimeoutException) {
				return HttpStatus.GATEWAY_TIMEOUT;
			}
		}
		return HttpStatus.BAD_GATEWAY;
	}

	private static String titleOf(HttpStatusCode status) {
		return switch (status.value()) {
			case 404 -> "Không tìm thấy / Not found";
			case 413 -> "Nội dung gửi lên quá lớn / Content too large";
			case 503 -> "Dịch vụ tạm thời không khả dụng / Service unavailable";
			case 504 -> "Dịch vụ phản hồi quá chậm / Gateway timeout";
			default -> "Lỗi khi chuyển tiếp yêu cầu / Gateway error";
		};
	}

	private static String detailOf(HttpStatusCode status) {
		return switch (status.value()) {
			case 404 -> "Đường dẫn không tồn tại. / No such path.";
			case 413 -> "Nội dung gửi lên vượt quá giới hạn. / The request body is over the limit.";
			case 503, 504 -> "Vui lòng thử lại sau ít phút. / Please try again in a few minutes.";
			default -> "Đã có lỗi, vui lòng thử lại sau. / Something went wrong, please try again later.";
		};
	}

}
