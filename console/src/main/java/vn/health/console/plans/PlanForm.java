package vn.health.console.plans;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import vn.health.console.web.FormState;

import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plan's draft as a form, shared by a new draft ({@link NewPlanPages}) and an edit or amendment
 * ({@link PlanChangePages}): the header, the signer and budget, and as many rows of each list the draft holds (legal
 * bases, sections, reporting requirements, assignments, themes, recipients, contacts) as the user adds,
 * requirements and assignments given to unit types. Fields are named by the draft's paths. A row left empty is
 * dropped and the rest renumbered, so the API's {@code requirements[1].dueDate} is the second row the page shows.
 * <p>
 * plan-service replaces a draft's content as a whole, so an edited plan keeps what the form does not show: each
 * row of a stored plan names the element it came from ({@code requirements[0].stored}) and is sent as that element
 * with the form's fields replaced (requirement ids, indicators, named units, subsections… kept); so are the signer
 * and budget; the issuer, the date and the alert ladder are sent as stored.
 */
final class PlanForm {

	/** Each list of the draft, in the page's order, with the fields of one of its rows. */
	static final Map<String, List<String>> ROWS = rows();

	/** The unit types a requirement reports from or an assignment goes to, resolved to units at issue. */
	private static final Map<String, String> UNIT_TYPES = unitTypes();

	private static final List<String> HEADER = List.of("number", "title", "year", "place", "kind", "period.from",
			"period.to");

	/** The draft's single objects and their fields. */
	private static final Map<String, List<String>> PARTS = Map.of("signer", List.of("authority", "title", "fullName"),
			"budget", List.of("text"));

	/** What plan-service's draft accepts and the form does not show: an edited plan keeps it as stored. */
	private static final List<String> KEPT = List.of("issuerUnitId", "date", "alertLadder");

	/** What the plan resolved at its issue, which is not part of a draft. */
	private static final Map<String, String> RESOLVED = Map.of("requirements", "resolvedReporterUnitIds",
			"assignments", "resolvedUnitIds");

	/** A row's hidden field: the index of the stored element it edits. */
	private static final String STORED = "stored";

	/** Checkbox groups, sent as lists. */
	private static final Set<String> CHOICES = Set.of("reporterUnitTypes", "unitTypes");

	/** Chosen from a list with no empty choice, so they say nothing about whether the user filled the row in. */
	private static final Set<String> PRESETS = Set.of("dueRule", "kind");

	private static final Pattern ROW = Pattern.compile("(\\w+)\\[(\\d+)]\\.\\w+");

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final FormState state;

	private final Map<String, Integer> filled;

	private final JsonNode stored;

	private PlanForm(FormState state, Map<String, Integer> filled, JsonNode stored) {
		this.state = state;
		this.filled = filled;
		this.stored = stored;
	}

	/** A new draft's empty form. */
	static PlanForm blank() {
		return new PlanForm(new FormState(Map.of()), Map.of(), MissingNode.getInstance());
	}

	/** The form filled in from the plan as stored, each row naming the element it shows. */
	static PlanForm of(JsonNode plan) {
		Map<String, String> values = new LinkedHashMap<>();
		HEADER.forEach((field) -> values.put(field, text(plan, field)));
		PARTS.forEach((part, fields) -> values.putAll(valuesOf(plan.path(part), part + ".", fields)));
		Map<String, Integer> filled = new LinkedHashMap<>();
		ROWS.forEach((path, fields) -> {
			JsonNode elements = plan.path(path);
			for (int i = 0; i < elements.size(); i++) {
				values.putAll(valuesOf(elements.get(i), path + "[" + i + "].", fields));
				values.put(path + "[" + i + "]." + STORED, String.valueOf(i));
			}
			filled.put(path, elements.size());
		});
		return new PlanForm(new FormState(values), filled, plan);
	}

	/**
	 * The form as posted for {@code plan} as stored (missing for a new draft), the filled rows of each list
	 * renumbered from 0. A stored row that shows nothing in the form (a section of subsections only) is kept.
	 */
	static PlanForm of(MultiValueMap<String, String> params, JsonNode plan) {
		Map<String, String> values = new LinkedHashMap<>();
		Stream.concat(HEADER.stream(), Stream.of("reason")).forEach((field) -> values.put(field, first(params, field)));
		PARTS.forEach((part, fields) -> fields.forEach((field) -> values.put(part + "." + field,
				first(params, part + "." + field))));
		Map<String, Integer> filled = new LinkedHashMap<>();
		ROWS.forEach((path, fields) -> filled.put(path, filledRows(params, plan, path, fields, values)));
		return new PlanForm(new FormState(values), filled, plan);
	}

	FormState state() {
		return this.state;
	}

	/** One more empty row of the list at {@code path}. */
	PlanForm withRow(String path) {
		Map<String, Integer> rows = shown();
		rows.merge(path, 1, Integer::sum);
		return new PlanForm(this.state, rows, this.stored);
	}

	/** What the page needs to show the form (the shared fragments of {@code ke-hoach/truong}). */
	void show(Model model) {
		model.addAttribute("form", this.state);
		model.addAttribute("rows", shown());
		model.addAttribute("stored", storedRows());
		model.addAttribute("unitTypes", UNIT_TYPES);
	}

	/** The draft to send; a year that is not a number is rejected here. */
	ObjectNode draft() {
		ObjectNode draft = NODES.objectNode();
		KEPT.stream().filter(this.stored::hasNonNull).forEach((field) -> draft.set(field, this.stored.get(field)));
		header(draft);
		PARTS.forEach((part, fields) -> {
			JsonNode was = this.stored.path(part);
			if (fields.stream().anyMatch((field) -> this.state.text(part + "." + field) != null)
					|| (was.isObject() && !shows(valuesOf(was, "", fields)))) {
				draft.set(part, fill(copyOf(was), part + ".", fields));
			}
		});
		ROWS.keySet().stream().filter((path) -> filled(path) > 0).forEach((path) -> {
			ArrayNode elements = draft.putArray(path);
			for (int i = 0; i < filled(path); i++) {
				String at = path + "[" + i + "].";
				ObjectNode element = copyOf(element(this.stored, path, this.state.value(at + STORED)));
				if (RESOLVED.containsKey(path)) {
					element.remove(RESOLVED.get(path));
				}
				elements.add(fill(element, at, ROWS.get(path)));
				if ("sections".equals(path)) {
					element.withArray("subsections");
				}
			}
		});
		return draft;
	}

	/** Rows the page shows of each list: the filled ones, and one empty row of a list that has none. */
	private Map<String, Integer> shown() {
		Map<String, Integer> shown = new LinkedHashMap<>();
		ROWS.keySet().forEach((path) -> shown.put(path, Math.max(filled(path), 1)));
		return shown;
	}

	/** Each shown row's hidden field naming its stored element. */
	private Map<String, String> storedRows() {
		Map<String, String> rows = new LinkedHashMap<>();
		ROWS.keySet().forEach((path) -> {
			for (int i = 0; i < filled(path); i++) {
				String field = path + "[" + i + "]." + STORED;
				if (!this.state.value(field).isEmpty()) {
					rows.put(field, this.state.value(field));
				}
			}
		});
		return rows;
	}

	private void header(ObjectNode draft) {
		for (String field : List.of("number", "title", "place", "kind")) {
			put(draft, field, this.state.text(field));
		}
		String year = this.state.text("year");
		if (year == null || !year.matches("\\d{4}")) {
			this.state.reject("year", "Năm kế hoạch là số có bốn chữ số, ví dụ 2024");
		}
		else {
			draft.put("year", Integer.parseInt(year));
		}
		String from = this.state.text("period.from");
		String to = this.state.text("period.to");
		if (from != null || to != null) {
			draft.set("period", NODES.objectNode().put("from", from).put("to", to));
		}
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
				put(element, field, this.state.text(at + field));
			}
		}
		return element;
	}

	private static void put(ObjectNode node, String field, String value) {
		if (value == null) {
			node.putNull(field);
		}
		else {
			node.put(field, value);
		}
	}

	private static String first(MultiValueMap<String, String> params, String field) {
		return Objects.requireNonNullElse(params.getFirst(field), "");
	}

	private static int filledRows(MultiValueMap<String, String> params, JsonNode plan, String path,
			List<String> fields, Map<String, String> values) {
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
			String origin = first(params, path + "[" + i + "]." + STORED);
			JsonNode element = element(plan, path, origin);
			if (shows(row) || (element.isObject() && !shows(valuesOf(element, "", fields)))) {
				String at = path + "[" + kept++ + "].";
				row.forEach((field, value) -> values.put(at + field, value));
				if (element.isObject()) {
					values.put(at + STORED, origin);
				}
			}
		}
		return kept;
	}

	/** Whether the row has something typed or ticked, the preset choices aside. */
	private static boolean shows(Map<String, String> row) {
		return row.entrySet().stream().anyMatch((e) -> !PRESETS.contains(e.getKey()) && !e.getValue().isBlank());
	}

	/** The stored plan's element of the list at {@code path} a row names; missing for a new row. */
	private static JsonNode element(JsonNode plan, String path, String origin) {
		return origin.matches("\\d{1,4}") ? plan.path(path).path(Integer.parseInt(origin)) : MissingNode.getInstance();
	}

	private static ObjectNode copyOf(JsonNode element) {
		return (element instanceof ObjectNode stored) ? stored.deepCopy() : NODES.objectNode();
	}

	private static Map<String, String> valuesOf(JsonNode element, String at, List<String> fields) {
		Map<String, String> values = new LinkedHashMap<>();
		fields.forEach((field) -> values.put(at + field, text(element, field)));
		return values;
	}

	/** {@code period.from} reads {@code plan.period.from}; a list of choices reads as one comma-separated value. */
	private static String text(JsonNode node, String path) {
		JsonNode value = node;
		for (String step : path.split("\\.")) {
			value = value.path(step);
		}
		if (value.isArray()) {
			return StreamSupport.stream(value.spliterator(), false)
				.map(JsonNode::asString)
				.collect(Collectors.joining(","));
		}
		return value.isValueNode() && !value.isNull() ? value.asString() : "";
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

	private static Map<String, String> unitTypes() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("PROVINCIAL_CDC", "Trung tâm Kiểm soát bệnh tật tỉnh");
		names.put("DISTRICT_HEALTH_CENTRE", "Trung tâm Y tế huyện, thị xã, thành phố");
		names.put("COMMUNE_HEALTH_STATION", "Trạm Y tế xã, phường, thị trấn");
		names.put("HOSPITAL", "Bệnh viện");
		names.put("PRIVATE_FACILITY", "Cơ sở y tế tư nhân");
		return names;
	}

}
