package vn.health.plan.edxml;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import vn.health.servicekit.web.FieldProblem;
import vn.health.servicekit.web.Problems;

/** Kế hoạch chưa gửi được — the plan lacks what an edXML package must carry; nothing was sent or stored. */
class UnexportablePlan extends RuntimeException {

	private final List<FieldProblem> problems;

	UnexportablePlan(List<FieldProblem> problems) {
		super("The plan cannot be exported as an edXML package");
		this.problems = List.copyOf(problems);
	}

	List<FieldProblem> problems() {
		return this.problems;
	}

	/** 422 with {@code errors[]} naming the edXML fields; the same for a download and for a send to the LGSP. */
	ProblemDetail problem() {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "unexportable-plan",
				"Kế hoạch chưa gửi được thành gói tin / Plan cannot be exported",
				"Kế hoạch thiếu thông tin bắt buộc của gói tin edXML / " + getMessage());
		problem.setProperty("errors", this.problems);
		return problem;
	}

}
