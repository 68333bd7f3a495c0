package vn.health.plan.importer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.health.plan.importer.UnreadableDocument.Reason;
import vn.health.plan.plan.PlanDraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Each accepted format becomes the same normalised lines; everything else is refused with the reason. */
class TextExtractionTests {

	@Test
	void readsUtf8TextKeepingLineNumbers() {
		SourceText text = TextExtraction.extract(Fixtures.BAC_GIANG, "text/plain", Fixtures.bytes(Fixtures.BAC_GIANG));

		assertThat(text.line(3)).isEqualTo("Số: /KH-SYT");
		assertThat(text.line(131)).isEqualTo("KT. GIÁM ĐỐC");
		assertThat(text.line(140)).isEqualTo("1.\tTháng hành động về chất lượng an toàn thực phẩm\t15/01 - 15/02");
	}

	@Test
	void composesDecomposedLettersAndReplacesNonBreakingSpaces() {
		byte[] decomposed = "Ke\u0302\u0301\u00A0\u00A0hoa\u0323ch".getBytes(StandardCharsets.UTF_8);

		assertThat(TextExtraction.extract("a.txt", null, decomposed).lines()).containsExactly("Kế hoạch");
	}

	@Test
	void refusesTextThatIsNotUtf8() {
		byte[] windows1258 = "Kế hoạch truyền thông".getBytes(Charset.forName("windows-1258"));

		assertRefused("ke-hoach.txt", windows1258, Reason.UNDECODABLE);
	}

	@Test
	void refusesEmptyTooLargeAndUnsupportedFiles() {
		assertRefused("a.txt", new byte[0], Reason.EMPTY);
		assertRefused("a.txt", new byte[TextExtraction.MAX_BYTES + 1], Reason.TOO_LARGE);
		assertRefused("anh.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0 }, Reason.UNSUPPORTED_TYPE);
		assertRefused("bang.xlsx", "PK\u0003\u0004 not a word file".getBytes(StandardCharsets.ISO_8859_1),
				Reason.UNSUPPORTED_TYPE);
		assertRefused("ke-hoach.odt", "plain words".getBytes(StandardCharsets.UTF_8), Reason.UNSUPPORTED_TYPE);
	}

	@Test
	void readsTheArticleOfAnHtmlPageWithoutItsNavigationAndFooter() {
		List<String> lines = TextExtraction.extract(Fixtures.BEN_TRE, null, Fixtures.bytes(Fixtures.BEN_TRE)).lines();

		assertThat(lines.get(0)).isEqualTo("Nội dung và nhiệm vụ trong Kế hoạch thông tin, truyền thông y tế năm 2024");
		assertThat(lines).anyMatch((line) -> line.startsWith("Ngày 17/01/2024, Bộ trưởng Bộ Y tế ban hành Quyết định 128/QĐ-BYT"));
		assertThat(lines).anyMatch((line) -> line.startsWith("(10) Thực hiện hiệu quả Đề án"));
		assertThat(lines).noneMatch((line) -> line.contains("webmaster") || line.contains("In ra")
				|| line.contains("Bấm vào đây"));
	}

	@Test
	void anHtmlTableBecomesTabSeparatedRowsThatTheThemeReaderTakes() {
		byte[] page = ("<html><body><article><h1>KẾ HOẠCH Truyền thông năm 2024</h1><table>"
				+ "<tr><th>STT</th><th>CHỦ ĐỀ</th><th>THỜI ĐIỂM</th></tr>"
				+ "<tr><td>1.</td><td>Ngày Thế giới phòng, chống lao</td><td>24/3</td></tr>"
				+ "<tr><td>2.</td><td>Ngày Sức khỏe Thế giới</td><td>07/4</td></tr></table></article>"
				+ "<footer>Liên hệ webmaster</footer></body></html>").getBytes(StandardCharsets.UTF_8);

		SourceText text = TextExtraction.extract("trang.html", "text/html", page);

		assertThat(text.lines()).contains("1.\tNgày Thế giới phòng, chống lao\t24/3").noneMatch((line) -> line.contains("webmaster"));
		assertThat(ThemeTableReader.read(text, new ArrayList<>(), new FieldSources(text))).hasSize(2);
	}

	@Test
	void readsADocxWithItsAppendixTableIntoTheSamePlan() {
		byte[] docx = GeneratedDocuments.docx(GeneratedDocuments.lines(Fixtures.BAC_GIANG));

		ImportResult result = new PlanDocumentReader(Fixtures.DIRECTORY)
			.read(TextExtraction.extract("ke-hoach.docx", null, docx));

		assertThat(result.draft().themes()).hasSize(38);
		assertThat(result.draft().requirements()).hasSize(6);
		assertThat(result.draft().legalBases().get(0).number()).isEqualTo("128/QĐ-BYT");
	}

	@Test
	void readsTheTextLayerOfAPdfWrappedAtTheMargin() {
		assumeThat(Files.exists(GeneratedDocuments.FONT)).as("a TrueType font with Vietnamese letters").isTrue();
		List<String> body = GeneratedDocuments.lines(Fixtures.BAC_GIANG).subList(0, 135);

		ImportResult result = new PlanDocumentReader(Fixtures.DIRECTORY)
			.read(TextExtraction.extract("ke-hoach.pdf", "application/pdf", GeneratedDocuments.pdf(body)));

		assertThat(result.draft().number()).isEqualTo("/KH-SYT");
		assertThat(result.draft().legalBases().get(0).date()).hasToString("2024-01-17");
		assertThat(result.draft().requirements()).extracting(PlanDraft.Requirement::dueDate)
			.containsExactly(null, null, LocalDate.of(2024, 3, 20), LocalDate.of(2024, 6, 20), LocalDate.of(2024, 9, 20),
					LocalDate.of(2024, 11, 20));
		assertThat(result.draft().signer().fullName()).isEqualTo("Từ Quốc Hiệu");
	}

	@Test
	void refusesAPdfWithoutATextLayer() {
		assertRefused("scan.pdf", GeneratedDocuments.emptyPdf(), Reason.NO_TEXT);
	}

	private static void assertRefused(String name, byte[] content, Reason reason) {
		assertThatThrownBy(() -> TextExtraction.extract(name, null, content)).isInstanceOfSatisfying(UnreadableDocument.class,
				(ex) -> {
					assertThat(ex.reason()).isEqualTo(reason);
					assertThat(ex.messageVi()).isNotBlank();
				});
	}

}
