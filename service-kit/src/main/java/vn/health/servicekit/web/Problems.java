package vn.health.servicekit.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The platform's problem+json shape: a type under one URN, a bilingual title and detail. */
public final class Problems {

	private Problems() {
	}

	/** 401: no token, or one that is not valid. */
	public static ProblemDetail unauthenticated() {
		return of(HttpStatus.UNAUTHORIZED, "unauthenticated", "Chưa đăng nhập / Unauthenticated",
				"Cần đăng nhập: gửi access token hợp lệ (Authorization: Bearer …). / Sign in first: send a valid access token (Authorization: Bearer …).");
	}

	/** 403 for a role that may not do this at all (unit-scope refusals name the unit instead). */
	public static ProblemDetail roleForbidden() {
		return of(HttpStatus.FORBIDDEN, "forbidden", "Không có quyền / Forbidden",
				"Vai trò của bạn không được phép thực hiện thao tác này. / Your role may not do this.");
	}

	public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:problem-type:truyen-thong-y-te:" + type));
		problem.setTitle(title);
		return problem;
	}

}
