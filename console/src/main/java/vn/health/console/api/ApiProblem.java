package vn.health.console.api;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An error answer of the platform's API (RFC 9457 problem+json), kept in Vietnamese for the page: the services
 * write "tiếng Việt / English", and the console shows the part before the separator.
 *
 * @param status the HTTP status
 * @param title e.g. "Dữ liệu không hợp lệ"
 * @param detail what went wrong, in Vietnamese
 * @param fieldErrors one line per field problem ({@code errors[]}), e.g. "narrative: Nội dung báo cáo là bắt buộc"
 */
public final class ApiProblem extends RuntimeException {

	private static final String SEPARATOR = " / ";

	private final int status;

	private final String title;

	private final String detail;

	private final List<FieldError> fieldErrors;

	ApiProblem(int status, String title, String detail, List<FieldError> fieldErrors) {
		super(status + " " + title + ": " + detail);
		this.status = status;
		this.title = title;
		this.detail = detail;
		this.fieldErrors = List.copyOf(fieldErrors);
	}

	/** One field problem: its path in the request and the Vietnamese message. */
	public record FieldError(String field, String message) {

	}

	static ApiProblem read(int status, byte[] body, JsonMapper json) {
		try {
			JsonNode problem = json.readTree(body);
			List<FieldError> fields = new ArrayList<>();
			for (JsonNode error : problem.path("errors")) {
				fields.add(new FieldError(error.path("field").asString(""), error.path("message").asString("")));
			}
			return new ApiProblem(status, vietnamese(problem.path("title").asString(""), fallbackTitle(status)),
					vietnamese(problem.path("detail").asString(""), ""), fields);
		}
		catch (JacksonException notProblemJson) {
			return new ApiProblem(status, fallbackTitle(status), "", List.of());
		}
	}

	private static String vietnamese(String bilingual, String fallback) {
		if (bilingual.isBlank()) {
			return fallback;
		}
		int separator = bilingual.indexOf(SEPARATOR);
		return (separator > 0) ? bilingual.substring(0, separator) : bilingual;
	}

	private static String fallbackTitle(int status) {
		return switch (status) {
			case 400 -> "Dữ liệu không hợp lệ";
			case 401 -> "Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại";
			case 403 -> "Không có quyền";
			case 404 -> "Không tìm thấy";
			case 409 -> "Xung đột trạng thái";
			case 429 -> "Quá nhiều yêu cầu, vui lòng thử lại sau";
			case 502, 503, 504 -> "Hệ thống tạm thời không phản hồi, vui lòng thử lại sau";
			default -> "Lỗi hệ thống";
		};
	}

	public int status() {
		return this.status;
	}

	public String title() {
		return this.title;
	}

	public String detail() {
		return this.detail;
	}

	public List<FieldError> fieldErrors() {
		return this.fieldErrors;
	}

	/** The message for one field, or null. */
	public String messageFor(String field) {
		return this.fieldErrors.stream()
			.filter((error) -> error.field().equals(field))
			.map(FieldError::message)
			.findFirst()
			.orElse(null);
	}

}
