package vn.health.plan.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Field-level accuracy on the four documents against expected fields written by hand
 * ({@code importer/expected/*.properties}): recall = expected fields read right, precision = fields read
 * that are right. Fails below 95% recall.
 */
class ImportAccuracyTests {

	private static final double MIN_RECALL = 0.95;

	private final JsonMapper json = JsonMapper.builder().build();

	@ParameterizedTest
	@ValueSource(strings = { Fixtures.BAC_GIANG, Fixtures.LANG_SON, Fixtures.LANG_SON_CAMPAIGN, Fixtures.BEN_TRE })
	void readsAtLeast95PercentOfTheExpectedFields(String document) {
		Properties expected = expected(document);
		Map<String, String> read = new LinkedHashMap<>();
		flatten("", this.json.valueToTree(Fixtures.read(document).draft()), read);

		long produced = expected.stringPropertyNames().stream().filter(read::containsKey).count();
		long right = expected.stringPropertyNames()
			.stream()
			.filter((field) -> expected.getProperty(field).equals(read.get(field)))
			.toList()
			.size();
		double recall = (double) right / expected.size();
		double precision = (produced == 0) ? 1 : (double) right / produced;
		System.out.printf("%s: %d expected fields, recall %.3f, precision %.3f%n", document, expected.size(), recall,
				precision);
		assertThat(recall).as("recall on %s; wrong or missing: %s", document, expected.stringPropertyNames()
			.stream()
			.filter((field) -> !expected.getProperty(field).equals(read.get(field)))
			.map((field) -> field + "=" + read.get(field))
			.toList()).isGreaterThanOrEqualTo(MIN_RECALL);
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

	private static Properties expected(String document) {
		String name = "/importer/expected/" + document.substring(0, document.lastIndexOf('.')) + ".properties";
		try (InputStream in = ImportAccuracyTests.class.getResourceAsStream(name)) {
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
