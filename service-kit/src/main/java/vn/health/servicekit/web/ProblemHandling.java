package vn.health.servicekit.web;

import java.net.URI;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import vn.health.servicekit.lgsp.LgspNotConfigured;

/**
 * RFC 9457 problem+json for every error (DESIGN rule 7): Vietnamese and English text, field-level
 * problems under {@code errors}, never a stack trace.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemHandling {

	private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException ex) {
		return invalid(ex.problems());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		if (ex.getCause() instanceof JacksonException jackson && !(jackson instanceof StreamReadException)
				&& !jackson.getPath().isEmpty()) {
			return invalid(List.of(new FieldProblem(path(jackson), "Giá trị không đúng định dạng hoặc kiểu dữ liệu",
					"Value has the wrong format or type")));
		}
		return invalid(List.of(new FieldProblem("", "Nội dung yêu cầu không phải JSON hợp lệ",
				"Request body is missing or not valid JSON")));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail wrongParameter(MethodArgumentTypeMismatchException ex) {
		String value = String.valueOf(ex.getValue());
		String shown = (value.length() > 40) ? value.substring(0, 40) + "…" : value;
		return invalid(List.of(new FieldProblem(ex.getName(), "Giá trị tham số không hợp lệ: " + shown,
				"Invalid parameter value: " + shown)));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ProblemDetail missingParameter(MissingServletRequestParameterException ex) {
		return invalid(List.of(new FieldProblem(ex.getParameterName(), "Thiếu tham số bắt buộc",
				"Required parameter is missing")));
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy / Not found",
				ex.messageVi() + " / " + ex.getMessage());
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ProblemDetail noSuchPath(NoResourceFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy / Not found",
				"Đường dẫn không tồn tại / No such path: /" + ex.getResourcePath());
	}

	@ExceptionHandler(ForbiddenException.class)
	ProblemDetail forbidden(ForbiddenException ex) {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "Không có quyền / Forbidden",
				ex.messageVi() + " / " + ex.getMessage());
	}

	/** {@code @PreAuthorize} and the like, raised inside the controller (so past the security filters). */
	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail accessDenied(AccessDeniedException ex) {
		return Problems.roleForbidden();
	}

	@ExceptionHandler(AuthenticationException.class)
	ProblemDetail unauthenticated(AuthenticationException ex) {
		return Problems.unauthenticated();
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException ex) {
		return problem(HttpStatus.CONFLICT, "conflict", "Xung đột trạng thái / Conflict",
				ex.messageVi() + " / " + ex.getMessage());
	}

	@ExceptionHandler(LgspNotConfigured.class)
	ProblemDetail lgspNotConfigured(LgspNotConfigured ex) {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "lgsp-not-configured", "Chưa kết nối LGSP / LGSP not configured",
				ex.messageVi() + " / " + ex.getMessage());
	}

	/** Two requests changed the same document at once; the later one must look again. */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	ProblemDetail concurrentChange(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "conflict", "Xung đột trạng thái / Conflict",
				"Dữ liệu vừa được thay đổi bởi một yêu cầu khác, vui lòng tải lại. / The resource was changed by another request; reload and retry.");
	}

	/** Spring MVC's own errors (405, 406, 415, …) keep their status; anything else is a 500 without details. */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (ex instanceof ErrorResponse standard) {
			ProblemDetail problem = standard.getBody();
			problem.setType(URI.create("urn:problem-type:truyen-thong-y-te:http-" + problem.getStatus()));
			problem.setTitle(standardTitle(problem.getStatus()) + " / " + problem.getTitle());
			return ResponseEntity.status(standard.getStatusCode()).headers(standard.getHeaders()).body(problem);
		}
		log.error("Unexpected error", ex);
		ProblemDetail problem = problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Lỗi hệ thống / Internal error",
				"Đã có lỗi, vui lòng thử lại sau. / Something went wrong, please try again later.");
		problem.setProperty("correlationId", Correlation.current());
		return ResponseEntity.internalServerError().body(problem);
	}

	private static ProblemDetail invalid(List<FieldProblem> problems) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Dữ liệu không hợp lệ / Invalid input",
				"Yêu cầu có " + problems.size() + " lỗi, không có gì thay đổi. / The request has " + problems.size()
						+ " problem(s); nothing was changed.");
		problem.setProperty("errors", problems);
		return problem;
	}

	private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		return Problems.of(status, type, title, detail);
	}

	/** Vietnamese titles for the errors Spring MVC raises itself; the English title follows. */
	private static String standardTitle(int status) {
		return switch (status) {
			case 403 -> "Không có quyền";
			case 404 -> "Không tìm thấy";
			case 405 -> "Phương thức HTTP không được hỗ trợ";
			case 406 -> "Không có định dạng trả lời phù hợp";
			case 413 -> "Nội dung gửi lên quá lớn";
			case 415 -> "Kiểu nội dung không được hỗ trợ (hãy gửi application/json)";
			default -> "Yêu cầu không xử lý được";
		};
	}

	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

}
