package vn.health.console.plans;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import vn.health.console.web.FormState;

import org.springframework.util.MultiValueMap;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kế hoạch mới — a draft typed in from scratch: the header, and as many reporting requirements and assignments as
 * the user adds rows for, each given to unit types (resolved to units when the plan is issued). A row left empty is
 * dropped and the rest renumbered, so the API's {@code requirements[1].dueDate} is the second row the page shows.
 */
final class NewPlanForm {

	static final String REQUIREMENTS = "requirements";

	static final String ASSIGNMENTS = "assignments";

	private static final List<String> REQUIREMENT = List.of("title", "period", "dueDate", "dueRule",
			"reporterUnitTypes");

	private static final List<String> ASSIGNMENT = List.of("assignee", "task", "unitTypes");

	/** Checkbox groups, sent as lists. */
	private static final Set<String> CHOICES = Set.of("reporterUnitTypes", "unitTypes");

	/** Chosen from a list, so it says nothing about whether the user filled the row in. */
	private static final String PRESET = "dueRule";

	private static final Pattern ROW = Pattern.compile("(\\w+)\\[(\\d+)]\\.\\w+");

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final FormState state;

	private final int requirements;

	private final int assignments;

	private NewPlanForm(FormState state, int requirements, int assignments) {
		this.state = state;
		this.requirements = requirements;
		this.assignments = assignments;
	}

	static NewPlanForm blank() {
		return new NewPlanForm(new FormState(Map.of()), 0, 0);
	}

	/** The form as posted, its filled rows renumbered from 0. */
	static NewPlanForm of(MultiValueMap<String, String> params) {
		Map<String, String> values = new LinkedHashMap<>();
		PlanForm.HEADER.forEach((field) -> values.put(field, Objects.requireNonNullElse(params.getFirst(field), "")));
		int requirements = filledRows(params, REQUIREMENTS, REQUIREMENT, values);
		int assignments = filledRows(params, ASSIGNMENTS, ASSIGNMENT, values);
		return new NewPlanForm(new FormState(values), requirements, assignments);
	}

	FormState state() {
		return this.state;
	}

	/** Rows the page shows: the filled ones and at least one empty one to start with. */
	int requirementRows() {
		return Math.max(this.requirements, 1);
	}

	int assignmentRows() {
		return Math.max(this.assignments, 1);
	}

	/** One more empty row of {@link #REQUIREMENTS} or {@link #ASSIGNMENTS}. */
	NewPlanForm withRow(String path) {
		return REQUIREMENTS.equals(path) ? new NewPlanForm(this.state, requirementRows() + 1, this.assignments)
				: new NewPlanForm(this.state, this.requirements, assignmentRows() + 1);
	}

	/** The draft to create, issued by {@code issuerUnitId}; a year that is not a number is rejected here. */
	ObjectNode draft(String issuerUnitId) {
		ObjectNode draft = NODES.objectNode().put("issuerUnitId", issuerUnitId);
		PlanForm.header(draft, this.state);
		rows(draft.putArray(REQUIREMENTS), REQUIREMENTS, this.requirements, REQUIREMENT);
		rows(draft.putArray(ASSIGNMENTS), ASSIGNMENTS, this.assignments, ASSIGNMENT);
		return draft;
	}

	private void rows(ArrayNode elements, String path, int count, List<String> fields) {
		for (int i = 0; i < count; i++) {
			ObjectNode element = elements.addObject();
			for (String field : fields) {
				String at = path + "[" + i + "]." + field;
				if (CHOICES.contains(field)) {
					ArrayNode types = element.putArray(field);
					this.state.choices(at).forEach(types::add);
				}
				else {
					PlanForm.put(element, field, this.state.text(at));
				}
			}
		}
	}

	private static int filledRows(MultiValueMap<String, String> params, String path, List<String> fields,
			Map<String, String> values) {
		int last = params.keySet()
			.stream()
			.map(ROW::matcher)
			.filter((row) -> row.matches() && row.group(1).equals(path))
			.mapToInt((row) -> Integer.parseInt(row.group(2)))
			.max()
			.orElse(-1);
		int kept = 0;
		for (int i = 0; i <= last; i++) {
			Map<String, String> row = new LinkedHashMap<>();
			for (String field : fields) {
				row.put(field, String.join(",", params.getOrDefault(path + "[" + i + "]." + field, List.of())));
			}
			if (row.entrySet().stream().anyMatch((e) -> !e.getKey().equals(PRESET) && !e.getValue().isBlank())) {
				String at = path + "[" + kept++ + "].";
				row.forEach((field, value) -> values.put(at + field, value));
			}
		}
		return kept;
	}

}
