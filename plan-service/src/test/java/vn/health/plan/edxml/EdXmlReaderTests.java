package vn.health.plan.edxml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.health.servicekit.edxml.EdXmlHeader;
import vn.health.servicekit.web.FieldProblem;
import vn.health.servicekit.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class EdXmlReaderTests {

	@Test
	void readsTheHeaderAndDecodesTheAttachedPlan() {
		EdXmlPackage read = EdXmlReader.read(SamplePackages.bacGiang("G06.2024.0311.001"));

		EdXmlHeader header = read.header();
		assertThat(header.from()).isEqualTo(new EdXmlHeader.Organ("000.00.20.H06", "Sở Y tế tỉnh Bắc Giang"));
		assertThat(header.to()).extracting(EdXmlHeader.Organ::organId).containsExactly("000.00.21.H06");
		assertThat(header.documentId()).isEqualTo("G06.2024.0311.001");
		assertThat(header.number()).isEqualTo("35/KH-SYT");
		assertThat(header.place()).isEqualTo("Bắc Giang");
		assertThat(header.promulgationDate()).isEqualTo(LocalDate.of(2024, 3, 11));
		assertThat(header.documentType()).isEqualTo("Kế hoạch");
		assertThat(header.subject()).isEqualTo("Truyền thông y tế tỉnh Bắc Giang năm 2024");
		assertThat(header.signer()).isEqualTo(new EdXmlHeader.SignerInfo("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Từ Quốc Hiệu"));
		assertThat(header.toPlaces()).hasSize(5).startsWith("Văn phòng Bộ Y tế (B/c)");
		assertThat(read.attachments()).singleElement().satisfies((attachment) -> {
			assertThat(attachment.name()).isEqualTo("ke-hoach-truyen-thong-y-te-2024.txt");
			assertThat(attachment.contentType()).isEqualTo("text/plain");
			assertThat(attachment.content()).isEqualTo(SamplePackages.resource(SamplePackages.BAC_GIANG_TEXT));
		});
		assertThat(read.sha256()).hasSize(64);
	}

	@Test
	void refusesXmlThatIsNotWellFormed() {
		assertThat(problems("<EdXMLEnvelope xmlns=\"http://www.go.vn/eDoc\"><MessageHeader>".getBytes()))
			.singleElement()
			.satisfies((problem) -> assertThat(problem.messageEn()).contains("not well-formed"));
	}

	@Test
	void refusesAnotherRootOrAnotherNamespace() {
		assertThat(problems(SamplePackages.named("wrong-namespace.xml", Map.of("documentId", "x"))))
			.singleElement()
			.satisfies((problem) -> assertThat(problem.messageEn()).contains("http://www.go.vn/eDoc"));
		assertThat(problems("<Envelope xmlns=\"http://www.go.vn/eDoc\"/>".getBytes())).singleElement()
			.satisfies((problem) -> assertThat(problem.messageEn()).contains("{http://www.go.vn/eDoc}Envelope"));
	}

	@Test
	void namesEveryMissingHeaderFieldInVietnameseAndEnglish() {
		assertThat(problems(SamplePackages.named("missing-header-fields.xml", Map.of())))
			.extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("MessageHeader.From.OrganId", "MessageHeader.DocumentId",
					"MessageHeader.Code.CodeNotation", "MessageHeader.PromulgationInfo.PromulgationDate",
					"MessageHeader.Subject");
		assertThat(problems(SamplePackages.named("missing-header-fields.xml", Map.of())))
			.allSatisfy((problem) -> assertThat(problem.message()).isNotBlank().isNotEqualTo(problem.messageEn()));
	}

	@Test
	void refusesAnExternalEntityWithoutReadingTheFileItNames(@TempDir Path directory) throws Exception {
		Path secret = Files.writeString(directory.resolve("secret.txt"), "mat-khau-bi-mat-42");
		byte[] xml = SamplePackages.named("external-entity.xml",
				Map.of("file", secret.toUri().toString(), "documentId", "xxe"));

		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> EdXmlReader.read(xml));

		assertThat(refused.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.messageEn()).contains("DOCTYPE"));
		assertThat(refused.problems().toString()).doesNotContain("mat-khau-bi-mat-42");
	}

	@Test
	void refusesAnEntityExpansionBombAtOnce() {
		byte[] bomb = SamplePackages.named("billion-laughs.xml", Map.of());

		assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThat(problems(bomb)).singleElement()
			.satisfies((problem) -> assertThat(problem.messageEn()).contains("DOCTYPE")));
	}

	@Test
	void refusesAPackageOverTwentyMegabytesBeforeParsingIt() {
		byte[] oversize = new byte[EdXmlReader.MAX_BYTES + 1];

		assertThatThrownBy(() -> EdXmlReader.read(new ByteArrayInputStream(oversize))).isInstanceOf(OversizePackage.class);
	}

	@Test
	void refusesAnAttachmentThatIsNotBase64() {
		String xml = new String(SamplePackages.bacGiang("b64"), StandardCharsets.UTF_8)
			.replaceFirst("(<edXML:ContentTransferEncoded>)[^<]+", "$1không phải base64!");

		assertThat(problems(xml.getBytes(StandardCharsets.UTF_8))).extracting(FieldProblem::field)
			.containsExactly("AttachmentEncoded.Attachment[0].ContentTransferEncoded");
	}

	private static java.util.List<FieldProblem> problems(byte[] xml) {
		return catchThrowableOfType(InvalidInputException.class, () -> EdXmlReader.read(xml)).problems();
	}

}
