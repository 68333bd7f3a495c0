package vn.health.servicekit.web;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a request before answering, so the user can fix them all at once. */
public class InputErrors {

	private final List<FieldProblem> problems = new ArrayList<>();

	public InputErrors check(boolean valid, String field, String message, String messageEn) {
		if (!valid) {
			this.problems.add(new FieldProblem(field, message, messageEn));
		}
		return this;
	}

	public InputErrors requireText(String value, String field, String message, String messageEn) {
		return check(value != null && !value.isBlank(), field, message, messageEn);
	}

	public boolean hasProblemAt(String field) {
		return this.problems.stream().anyMatch((problem) -> problem.field().equals(field));
	}

	public void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw new InvalidInputException(this.problems);
		}
	}

}
