package vn.health.plan.edxml;

import java.util.List;

import vn.health.servicekit.web.FieldProblem;

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

}
