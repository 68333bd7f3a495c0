package vn.health.plan.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Field-level accuracy against expected fields written by hand ({@code importer/expected/*.properties}):
 * recall = expected fields read right / expected fields; precision = expected fields read right / expected
 * fields the importer gave a value (a wrong value costs precision, a missing one only recall). Each text
 * document is also read as a .docx and a .pdf generated from it. Fails below 95% recall.
 */
class ImportAccuracyTests {

	private static final double MIN_RECALL = 0.95;

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

		long produced = expected.stringPropertyNames().stream().filter(read::containsKey).count();
		List<String> wrong = expected.stringPropertyNames()
			.stream()
			.filter((field) -> !expected.getProperty(field).equals(read.get(field)))
			.sorted()
			.toList();
		long right = expected.size() - wrong.size();
		double recall = (double) right / expected.size();
		double precision = (produced == 0) ? 1 : (double) right / produced;
		System.out.printf("accuracy %s as .%s: %d expected fields, recall %.3f, precision %.3f, wrong or missing %s%n",
				document, format, expected.size(), recall, precision,
				wrong.stream().map((field) -> field + "=" + read.get(field)).toList());
		assertThat(recall).as("recall on %s as .%s; wrong or missing: %s", document, format, wrong)
			.isGreaterThanOrEqualTo(MIN_RECALL);
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
