package vn.health.plan.importer;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.health.plan.plan.PlanDraft;

/** A draft as its leaf fields, named as findings and expected-field files name them ({@code requirements[2].dueDate}). */
final class DraftFields {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private DraftFields() {
	}

	static Map<String, String> of(PlanDraft draft) {
		Map<String, String> fields = new LinkedHashMap<>();
		flatten("", JSON.valueToTree(draft), fields);
		return fields;
	}

	private static void flatten(String path, JsonNode node, Map<String, String> fields) {
		if (node.isObject()) {
			node.properties().forEach((entry) -> flatten(path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(),
					entry.getValue(), fields));
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				flatten(path + "[" + i + "]", node.get(i), fields);
			}
		}
		else if (!node.isNull()) {
			fields.put(path, node.asString());
		}
	}

}
