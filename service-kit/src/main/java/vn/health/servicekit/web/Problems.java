package vn.health.servicekit.web;

import java.net.URI;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The platform's problem+json shape: a type under one URN, a bilingual title and detail. */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("urn:problem-type:truyen-thong-y-te:" + type));
		problem.setTitle(title);
		return problem;
	}

}
