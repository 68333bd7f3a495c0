package vn.health.console.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.health.console.api.ApiProblem;

/**
 * A form as the user filled it in, its fields named by the API's field paths ({@code title},
 * {@code requirements[0].dueDate}, {@code zaloPhone}): a refused form comes back with what was typed and each of
 * the API's problems next to the field it names.
 */
public final class FormState {

	private final Map<String, String> values;

	private final Map<String, String> errors = new LinkedHashMap<>();

	public FormState(Map<String, String> values) {
		this.values = new LinkedHashMap<>(values);
	}

	public String value(String field) {
		return this.values.getOrDefault(field, "");
	}

	/** The value trimmed, {@code null} when left empty: what the API gets for a blank field. */
	public String text(String field) {
		String value = value(field).strip();
		return value.isEmpty() ? null : value;
	}

	/** The ticked values of a group of checkboxes, kept as one comma-separated value. */
	public List<String> choices(String field) {
		return Arrays.stream(value(field).split(",")).map(String::strip).filter((choice) -> !choice.isEmpty()).toList();
	}

	public FormState reject(String field, String message) {
		this.errors.merge(field, message, (a, b) -> a + "; " + b);
		return this;
	}

	/** The API's field problems, each under the field it names. */
	public FormState refusedBy(ApiProblem problem) {
		problem.fieldErrors().forEach((error) -> reject(error.field(), error.message()));
		return this;
	}

	/** The problems of the field and of its elements ({@code mergedUnitIds[1]} shows at {@code mergedUnitIds}). */
	public String error(String field) {
		return this.errors.entrySet()
			.stream()
			.filter((e) -> e.getKey().equals(field) || e.getKey().startsWith(field + "["))
			.map(Map.Entry::getValue)
			.reduce((a, b) -> a + "; " + b)
			.orElse(null);
	}

	public boolean valid() {
		return this.errors.isEmpty();
	}

	/** An HTML id for the field: {@code requirements[0].dueDate} → {@code requirements-0-dueDate}. */
	public String id(String field) {
		return field.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
	}

}
