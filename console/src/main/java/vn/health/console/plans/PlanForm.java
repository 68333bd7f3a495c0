package vn.health.console.plans;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.health.console.web.FormState;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The parts of a plan the console edits — the header, each reporting requirement's title, period and deadline,
 * each assignment — as form fields named by the draft's paths, and the draft sent back: the plan as stored with
 * those fields replaced, so what the form does not show (sections, legal bases, indicators…) stays as it was.
 */
final class PlanForm {

	/** What plan-service's draft ({@code PUT /api/plans/{id}}, an amendment's {@code plan}) accepts. */
	private static final List<String> DRAFT_FIELDS = List.of("number", "title", "year", "requirements", "issuerUnitId",
			"place", "date", "kind", "period", "legalBases", "sections", "budget", "assignments", "themes",
			"recipients", "signer", "contacts", "alertLadder");

	static final List<String> HEADER = List.of("number", "title", "year", "place", "kind", "period.from",
			"period.to");

	static final List<String> REQUIREMENT = List.of("title", "period", "dueDate", "dueRule");

	static final List<String> ASSIGNMENT = List.of("assignee", "task");

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private PlanForm() {
	}

	/** The form filled in from the plan as stored. */
	static FormState of(JsonNode plan) {
		Map<String, String> values = new LinkedHashMap<>();
		HEADER.forEach((field) -> values.put(field, text(plan, field)));
		elements(plan, "requirements", REQUIREMENT, values);
		elements(plan, "assignments", ASSIGNMENT, values);
		return new FormState(values);
	}

	/** The draft: {@code plan}'s content with the form's fields; a year that is not a number is rejected here. */
	static ObjectNode draft(JsonNode plan, FormState form) {
		ObjectNode draft = NODES.objectNode();
		DRAFT_FIELDS.stream().filter(plan::hasNonNull).forEach((field) -> draft.set(field, plan.get(field).deepCopy()));
		header(draft, form);
		edit(draft.withArray("requirements"), "requirements", REQUIREMENT, form, "resolvedReporterUnitIds");
		edit(draft.withArray("assignments"), "assignments", ASSIGNMENT, form, "resolvedUnitIds");
		return draft;
	}

	/** The header's fields into {@code draft}; a year that is not a number is rejected here. */
	static void header(ObjectNode draft, FormState form) {
		for (String field : List.of("number", "title", "place", "kind")) {
			put(draft, field, form.text(field));
		}
		String year = form.text("year");
		if (year == null || !year.matches("\\d{4}")) {
			form.reject("year", "Năm kế hoạch là số có bốn chữ số, ví dụ 2024");
		}
		else {
			draft.put("year", Integer.parseInt(year));
		}
		String from = form.text("period.from");
		String to = form.text("period.to");
		if (from == null && to == null) {
			draft.remove("period");
		}
		else {
			draft.set("period", NODES.objectNode().put("from", from).put("to", to));
		}
	}

	/** Each element's form fields; what the plan resolved at its issue is not part of a draft. */
	private static void edit(ArrayNode elements, String path, List<String> fields, FormState form, String resolved) {
		for (int i = 0; i < elements.size(); i++) {
			if (elements.get(i) instanceof ObjectNode element) {
				element.remove(resolved);
				for (String field : fields) {
					put(element, field, form.text(path + "[" + i + "]." + field));
				}
			}
		}
	}

	private static void elements(JsonNode plan, String path, List<String> fields, Map<String, String> values) {
		JsonNode elements = plan.path(path);
		for (int i = 0; i < elements.size(); i++) {
			for (String field : fields) {
				values.put(path + "[" + i + "]." + field, text(elements.get(i), field));
			}
		}
	}

	/** {@code period.from} reads {@code plan.period.from}. */
	private static String text(JsonNode node, String path) {
		JsonNode value = node;
		for (String step : path.split("\\.")) {
			value = value.path(step);
		}
		return value.isValueNode() && !value.isNull() ? value.asString() : "";
	}

	static void put(ObjectNode node, String field, String value) {
		if (value == null) {
			node.putNull(field);
		}
		else {
			node.put(field, value);
		}
	}

}
