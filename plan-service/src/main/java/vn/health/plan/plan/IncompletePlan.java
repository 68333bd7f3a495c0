package vn.health.plan.plan;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import vn.health.servicekit.web.FieldProblem;
import vn.health.servicekit.web.Problems;

/**
 * Kế hoạch chưa đủ để ban hành — the plan lacks what binding units needs ({@link PlanCompleteness}); nothing was
 * changed or announced. Answered 422: the request is well formed, the plan is not ready.
 */
class IncompletePlan extends RuntimeException {

	private final String detailVi;

	private final List<FieldProblem> problems;

	private IncompletePlan(String detailVi, String detailEn, List<FieldProblem> problems) {
		super(detailEn);
		this.detailVi = detailVi;
		this.problems = List.copyOf(problems);
	}

	static void throwBeforeIssueIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new IncompletePlan("Còn " + problems.size() + " điểm phải bổ sung trước khi ban hành; kế hoạch chưa thay đổi",
					problems.size() + " item(s) must be completed before the plan is issued; nothing was changed", problems);
		}
	}

	static void throwBeforeAmendmentIfAny(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new IncompletePlan(
					"Bản sửa đổi còn " + problems.size() + " điểm phải bổ sung trước khi có hiệu lực; kế hoạch chưa thay đổi",
					"The amendment lacks " + problems.size() + " item(s) before it can take effect; nothing was changed",
					problems);
		}
	}

	List<FieldProblem> problems() {
		return this.problems;
	}

	/** 422 with {@code errors[]} naming each missing field ({@code requirements[1].dueDate}). */
	ProblemDetail problem() {
		ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "incomplete-plan",
				"Kế hoạch chưa đủ thông tin để ban hành / Plan is incomplete", this.detailVi + " / " + getMessage());
		problem.setProperty("errors", this.problems);
		return problem;
	}

}
