package vn.health.plan.importer;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every field of an imported draft says where in the document it was read and how surely. */
class FieldSourcesTests {

	@ParameterizedTest
	@ValueSource(strings = { Fixtures.BAC_GIANG, Fixtures.LANG_SON, Fixtures.LANG_SON_CAMPAIGN, Fixtures.BEN_TRE,
			Fixtures.DISTRICT })
	void everyFieldReadHasASourceSpanInsideTheDocumentAndAConfidence(String document) {
		ImportResult result = Fixtures.read(document);
		Map<String, String> read = DraftFields.of(result.draft());
		String text = String.join("\n", result.source().lines());

		assertThat(read.entrySet().stream().filter((field) -> !field.getValue().isBlank()).map(Map.Entry::getKey))
			.allSatisfy((field) -> assertThat(result.fields())
			.as("a source span for %s among %s", field, result.fields().stream().map(FieldSource::field).toList())
			.anyMatch((span) -> covers(span.field(), field)));
		assertThat(result.fields()).allSatisfy((span) -> {
			assertThat(span.start()).isBetween(0, span.end());
			assertThat(span.end()).isLessThanOrEqualTo(text.length());
			assertThat(lineAt(text, span.start())).as("line of %s", span.field()).isEqualTo(span.line());
			assertThat(lineAt(text, Math.max(span.start(), span.end() - 1))).isEqualTo(span.lastLine());
			assertThat(span.confidence()).isBetween(0.0, 1.0);
		});
	}

	@Test
	void spansPointAtTheTextEachFieldWasReadFrom() {
		ImportResult result = Fixtures.read(Fixtures.BAC_GIANG);

		assertThat(printed(result, "number")).isEqualTo("Số: /KH-SYT");
		assertThat(printed(result, "date")).isEqualTo(", ngày tháng năm 2024");
		assertThat(printed(result, "title")).startsWith("KẾ HOẠCH").endsWith("năm 2024");
		assertThat(printed(result, "legalBases[0]")).contains("128/QĐ-BYT ngày 17/01/2024");
		assertThat(printed(result, "requirements[2]")).isEqualTo("- Báo cáo quý I gửi trước ngày 20/3/2024.");
		assertThat(printed(result, "themes[6]")).isEqualTo("7.\tNgày Thế giới phòng, chống lao\t24/3");
		assertThat(printed(result, "signer")).startsWith("KT. GIÁM ĐỐC").endsWith("Từ Quốc Hiệu");
		assertThat(printed(result, "contacts[0]")).isEqualTo("(BS. Tuấn, SĐT: 0385.944.883)");
	}

	@Test
	void recipientsAreMatchedToTheDirectoryWithAConfidence() {
		ImportResult result = Fixtures.read(Fixtures.BAC_GIANG);

		assertThat(result.draft().recipients()).extracting("unitId").containsExactly(null, "syt", "syt", null, null);
		assertThat(span(result, "recipients[0].unitId").confidence()).isZero();
		assertThat(span(result, "recipients[1].unitId").confidence()).isGreaterThanOrEqualTo(0.8);
		assertThat(result.findings()).filteredOn((finding) -> finding.field().equals("recipients[0].unitId"))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.messageEn()).contains("Văn phòng Bộ Y tế", "not in the directory"));
		assertThat(result.findings()).filteredOn((finding) -> finding.field().equals("recipients[3].unitId"))
			.singleElement()
			.satisfies((finding) -> assertThat(finding.messageEn()).contains("group of units"));
	}

	private static boolean covers(String spanField, String field) {
		return field.equals(spanField) || field.startsWith(spanField + ".") || field.startsWith(spanField + "[");
	}

	private static String printed(ImportResult result, String field) {
		FieldSource span = span(result, field);
		return String.join("\n", result.source().lines()).substring(span.start(), span.end());
	}

	private static FieldSource span(ImportResult result, String field) {
		return result.fields().stream().filter((span) -> span.field().equals(field)).findFirst().orElseThrow();
	}

	private static int lineAt(String text, int offset) {
		return (int) text.substring(0, offset).chars().filter((c) -> c == '\n').count() + 1;
	}

}
