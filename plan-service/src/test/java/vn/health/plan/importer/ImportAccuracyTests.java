package vn.health.plan.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Field-level accuracy against expected fields written by hand ({@code importer/expected/*.properties}):
 * recall = expected fields read right / expected fields; precision = expected fields read right / (expected
 * fields the importer gave a value + list items it read beyond the counts written by hand): a wrong value or an
 * invented requirement costs precision, a missing one recall. Each text
 * document is also read as a .docx and a .pdf generated from it. Fails below 95% recall.
 */
class ImportAccuracyTests {

	private static final double MIN_RECALL = 0.95;

	/** A top-level list item of a flattened draft: {@code requirements[2].dueDate} → requirements, 2. */
	private static final Pattern ITEM = Pattern.compile("^(\\w+)\\[(\\d+)\\]");

	static Stream<Arguments> documents() {
		return Stream.concat(
				Stream.of(Fixtures.BAC_GIANG, Fixtures.LANG_SON, Fixtures.LANG_SON_CAMPAIGN, Fixtures.DISTRICT)
					.flatMap((document) -> Stream.of("txt", "docx", "pdf").map((format) -> Arguments.of(document, format))),
				Stream.of(Arguments.of(Fixtures.BEN_TRE, "html")));
	}

	@ParameterizedTest(name = "{0} as .{1}")
	@MethodSource("documents")
	void readsAtLeast95PercentOfTheExpectedFields(String document, String format) {
		Properties expected = expected(document);
		Map<String, String> read = DraftFields.of(read(document, format).draft());
		read.putAll(counts(read));
		// An empty list leaves no field behind: it has 0 items.
		expected.stringPropertyNames()
			.stream()
			.filter((field) -> field.startsWith("count."))
			.forEach((field) -> read.putIfAbsent(field, "0"));

		long spurious = spuriousItems(expected, read);
		long produced = expected.stringPropertyNames().stream().filter(read::containsKey).count() + spurious;
		List<String> wrong = expected.stringPropertyNames()
			.stream()
			.filter((field) -> !expected.getProperty(field).equals(read.get(field)))
			.sorted()
			.toList();
		long right = expected.size() - wrong.size();
		double recall = (double) right / expected.size();
		double precision = (produced == 0) ? 1 : (double) right / produced;
		System.out.printf(
				"accuracy %s as .%s: %d expected fields, recall %.3f, precision %.3f, %d items too many, wrong or missing %s%n",
				document, format, expected.size(), recall, precision, spurious,
				wrong.stream().map((field) -> field + "=" + read.get(field)).toList());
		assertThat(recall).as("recall on %s as .%s; wrong or missing: %s", document, format, wrong)
			.isGreaterThanOrEqualTo(MIN_RECALL);
	}

	/** {@code count.requirements=6} for each list of the draft, as the expected files give them. */
	private static Map<String, String> counts(Map<String, String> fields) {
		Map<String, Set<String>> items = new HashMap<>();
		fields.keySet().forEach((field) -> {
			Matcher item = ITEM.matcher(field);
			if (item.lookingAt()) {
				items.computeIfAbsent(item.group(1), (list) -> new HashSet<>()).add(item.group(2));
			}
		});
		Map<String, String> counts = new HashMap<>();
		items.forEach((list, indexes) -> counts.put("count." + list, String.valueOf(indexes.size())));
		return counts;
	}

	/** Items read beyond those the document has: each is a field the importer gave that no reader expects. */
	private static long spuriousItems(Properties expected, Map<String, String> read) {
		return expected.stringPropertyNames()
			.stream()
			.filter((field) -> field.startsWith("count."))
			.mapToLong((field) -> Math.max(0, Long.parseLong(read.get(field)) - Long.parseLong(expected.getProperty(field))))
			.sum();
	}

	private static ImportResult read(String document, String format) {
		List<String> lines = GeneratedDocuments.lines(document);
		byte[] content = switch (format) {
			case "docx" -> GeneratedDocuments.docx(lines);
			case "pdf" -> {
				assumeThat(Files.exists(GeneratedDocuments.FONT)).as("a TrueType font with Vietnamese letters").isTrue();
				yield GeneratedDocuments.pdf(lines);
			}
			default -> Fixtures.bytes(document);
		};
		String name = document.substring(0, document.lastIndexOf('.') + 1) + format;
		return new PlanDocumentReader(Fixtures.DIRECTORY).read(TextExtraction.extract(name, null, content));
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
