package vn.health.servicekit.web;

import java.util.List;

/** Input that breaks a rule; nothing was changed. Answered with 400 and every field problem. */
public class InvalidInputException extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInputException(List<FieldProblem> problems) {
		super(problems.stream().map(FieldProblem::messageEn).reduce((a, b) -> a + "; " + b).orElse("Invalid input"));
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> problems() {
		return this.problems;
	}

}
