package vn.health.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/asyncapi.yaml} (served by the gateway at {@code /api-docs/asyncapi.yaml}) is what {@code contracts}
 * says today: a changed event record, type or topic fails the build until the document is regenerated.
 */
class AsyncApiDocumentTests {

	private static final Path CHECKED_IN = Path.of("..", "docs", "asyncapi.yaml");

	@Test
	void theCheckedInDocumentIsGeneratedFromTheContracts() throws IOException {
		String generated = AsyncApiDocument.yaml();
		Path fresh = Path.of("target", "asyncapi.yaml");
		Files.writeString(fresh, generated);

		assertThat(Files.exists(CHECKED_IN) ? Files.readString(CHECKED_IN) : "")
			.as("docs/asyncapi.yaml is stale; regenerated: cp gateway/%s docs/asyncapi.yaml", fresh)
			.isEqualTo(generated);
	}

	@Test
	void everyEventIsAMessageOnItsTopicWithItsRecordsFields() {
		Map<String, Object> document = new Yaml().load(AsyncApiDocument.yaml());

		assertThat(document).containsEntry("asyncapi", "3.0.0");
		assertThat(at(document, "channels", "reporting-v1")).containsEntry("address", "reporting.v1");
		assertThat(at(document, "components", "messages", "ReportOverdue")).containsEntry("name",
				"vn.health.report.overdue");
		assertThat(at(document, "components", "schemas", "ReportOverdue", "properties", "dueAt"))
			.containsEntry("type", "string")
			.containsEntry("format", "date-time");
		assertThat(at(document, "components", "schemas", "ReportSubmitted", "properties", "indicators"))
			.containsEntry("type", "object")
			.containsEntry("additionalProperties", Map.of("type", "number", "format", "double"));
		assertThat(at(document, "components", "schemas", "PlanIssued", "properties", "requirements", "items"))
			.containsEntry("$ref", "#/components/schemas/ReportingRequirement");
		assertThat(at(document, "components", "schemas", "UnitUpserted", "properties", "type")).containsKey("enum");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> at(Map<String, Object> node, String... path) {
		Map<String, Object> current = node;
		for (String key : path) {
			assertThat(current).as("at %s", key).containsKey(key);
			current = (Map<String, Object>) current.get(key);
		}
		return current;
	}

}
