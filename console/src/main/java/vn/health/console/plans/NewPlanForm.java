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
 * Kế hoạch mới — a draft typed in from scratch: the header, the signer and budget, and as many rows of each list
 * the draft holds (legal bases, sections, reporting requirements, assignments, themes, recipients, contacts) as the
 * user adds, requirements and assignments given to unit types (resolved to units when the plan is issued). A row
 * left empty is dropped and the rest renumbered, so the API's {@code requirements[1].dueDate} is the second row
 * the page shows.
 */
final class NewPlanForm {

	/** Each list of the draft, in the page's order, with the fields of one of its rows. */
	static final Map<String, List<String>> ROWS = rows();

	/** The draft's single objects and their fields. */
	private static final Map<String, List<String>> PARTS = Map.of("signer", List.of("authority", "title", "fullName"),
			"budget", List.of("text"));

	/** Checkbox groups, sent as lists. */
	private static final Set<String> CHOICES = Set.of("reporterUnitTypes", "unitTypes");

	/** Chosen from a list with no empty choice, so they say nothing about whether the user filled the row in. */
	private static final Set<String> PRESETS = Set.of("dueRule", "kind");

	private static final Pattern ROW = Pattern.compile("(\\w+)\\[(\\d+)]\\.\\w+");

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final FormState state;

	private final Map<String, Integer> filled;

	private NewPlanForm(FormState state, Map<String, Integer> filled) {
		this.state = state;
		this.filled = filled;
	}

	static NewPlanForm blank() {
		return new NewPlanForm(new FormState(Map.of()), Map.of());
	}

	/** The form as posted, the filled rows of each list renumbered from 0. */
	static NewPlanForm of(MultiValueMap<String, String> params) {
		Map<String, String> values = new LinkedHashMap<>();
		PlanForm.HEADER.forEach((field) -> values.put(field, first(params, field)));
		PARTS.forEach((part, fields) -> fields.forEach((field) -> values.put(part + "." + field,
				first(params, part + "." + field))));
		Map<String, Integer> filled = new LinkedHashMap<>();
		ROWS.forEach((path, fields) -> filled.put(path, filledRows(params, path, fields, values)));
		return new NewPlanForm(new FormState(values), filled);
	}

	FormState state() {
		return this.state;
	}

	/** Rows the page shows of each list: the filled ones, and one empty row of a list that has none. */
	Map<String, Integer> shown() {
		Map<String, Integer> shown = new LinkedHashMap<>();
		ROWS.keySet().forEach((path) -> shown.put(path, Math.max(filled(path), 1)));
		return shown;
	}

	/** One more empty row of the list at {@code path}. */
	NewPlanForm withRow(String path) {
		Map<String, Integer> rows = shown();
		rows.merge(path, 1, Integer::sum);
		return new NewPlanForm(this.state, rows);
	}

	/** The draft to create, issued by {@code issuerUnitId}; a year that is not a number is rejected here. */
	ObjectNode draft(String issuerUnitId) {
		ObjectNode draft = NODES.objectNode().put("issuerUnitId", issuerUnitId);
		PlanForm.header(draft, this.state);
		PARTS.forEach((part, fields) -> {
			if (fields.stream().anyMatch((field) -> this.state.text(part + "." + field) != null)) {
				fill(draft.putObject(part), part + ".", fields);
			}
		});
		ROWS.keySet().stream().filter((path) -> filled(path) > 0).forEach((path) -> {
			ArrayNode elements = draft.putArray(path);
			for (int i = 0; i < filled(path); i++) {
				ObjectNode element = fill(elements.addObject(), path + "[" + i + "].", ROWS.get(path));
				if ("sections".equals(path)) {
					element.putArray("subsections");
				}
			}
		});
		return draft;
	}

	private int filled(String path) {
		return this.filled.getOrDefault(path, 0);
	}

	private ObjectNode fill(ObjectNode element, String at, List<String> fields) {
		for (String field : fields) {
			if (CHOICES.contains(field)) {
				ArrayNode choices = element.putArray(field);
				this.state.choices(at + field).forEach(choices::add);
			}
			else {
				PlanForm.put(element, field, this.state.text(at + field));
			}
		}
		return element;
	}

	private static String first(MultiValueMap<String, String> params, String field) {
		return Objects.requireNonNullElse(params.getFirst(field), "");
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
			if (row.entrySet().stream().anyMatch((e) -> !PRESETS.contains(e.getKey()) && !e.getValue().isBlank())) {
				String at = path + "[" + kept++ + "].";
				row.forEach((field, value) -> values.put(at + field, value));
			}
		}
		return kept;
	}

	private static Map<String, List<String>> rows() {
		Map<String, List<String>> rows = new LinkedHashMap<>();
		rows.put("legalBases", List.of("number", "date", "issuer", "title"));
		rows.put("sections", List.of("kind", "heading", "text"));
		rows.put("requirements", List.of("title", "period", "dueDate", "dueRule", "reporterUnitTypes"));
		rows.put("assignments", List.of("assignee", "task", "unitTypes"));
		rows.put("themes", List.of("name", "timing"));
		rows.put("recipients", List.of("name"));
		rows.put("contacts", List.of("name", "role", "phone", "email"));
		return rows;
	}

}
