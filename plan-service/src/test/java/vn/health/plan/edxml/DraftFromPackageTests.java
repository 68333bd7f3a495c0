package vn.health.plan.edxml;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.health.contracts.directory.UnitType;
import vn.health.plan.importer.ImportFinding;
import vn.health.plan.importer.ImportResult;
import vn.health.plan.importer.KnownUnit;
import vn.health.plan.importer.PlanDocumentReader;
import vn.health.plan.importer.TextExtraction;
import vn.health.plan.plan.DocumentDate;
import vn.health.plan.plan.PlanDraft;
import vn.health.plan.plan.Recipient;
import vn.health.plan.plan.Signer;
import vn.health.plan.plan.SignerAuthority;
import vn.health.servicekit.edxml.EdXmlAttachment;

import static org.assertj.core.api.Assertions.assertThat;

class DraftFromPackageTests {

	private static final List<KnownUnit> DIRECTORY = List.of(
			new KnownUnit("syt", "Sở Y tế tỉnh Bắc Giang", UnitType.DEPARTMENT_OF_HEALTH),
			new KnownUnit("cdc", "Trung tâm Kiểm soát bệnh tật tỉnh Bắc Giang", UnitType.PROVINCIAL_CDC));

	@Test
	void theBacGiangPackageGivesTheDirectImportersDraftUnderTheSendersHeader() {
		EdXmlPackage received = EdXmlReader.read(SamplePackages.bacGiang("G06.2024.0311.001"));
		ImportResult direct = directImport();

		EdXmlAttachment attached = DraftFromPackage.documentOf(received);
		ImportResult fromPackage = new PlanDocumentReader(DIRECTORY)
			.read(TextExtraction.extract(attached.name(), attached.contentType(), attached.content()));

		EdXmlImportResult result = DraftFromPackage.merge("000.00.20.H06|G06.2024.0311.001", received, fromPackage, DIRECTORY);

		PlanDraft draft = result.draft();
		PlanDraft expected = direct.draft();
		assertThat(draft.number()).isEqualTo("35/KH-SYT");
		assertThat(draft.title()).isEqualTo(expected.title());
		assertThat(draft.date()).isEqualTo(new DocumentDate(11, 3, 2024));
		assertThat(draft.issuerUnitId()).isEqualTo("syt");
		assertThat(draft.signer()).isEqualTo(new Signer(SignerAuthority.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Từ Quốc Hiệu"));
		assertThat(draft.recipients()).first().isEqualTo(new Recipient("Văn phòng Bộ Y tế (B/c)", null));
		assertThat(draft.recipients()).extracting(Recipient::unitId).containsExactly(null, "syt", "syt", null, null);
		assertThat(draft).usingRecursiveComparison()
			.ignoringFields("number", "date", "issuerUnitId", "recipients", "signer")
			.isEqualTo(expected);
		assertThat(result.findings()).extracting(ImportFinding::field).doesNotContain("number");
		assertThat(result.source().lines()).isEqualTo(direct.source().lines());
		assertThat(result.packageId()).isEqualTo("000.00.20.H06|G06.2024.0311.001");
	}

	@Test
	void aHeaderThatContradictsTheDocumentIsReported() {
		String xml = new String(SamplePackages.bacGiang("title"), StandardCharsets.UTF_8)
			.replace("<edXML:Subject>Truyền thông y tế tỉnh Bắc Giang năm 2024", "<edXML:Subject>Phòng chống dịch năm 2024");
		EdXmlPackage received = EdXmlReader.read(xml.getBytes(StandardCharsets.UTF_8));

		EdXmlImportResult result = DraftFromPackage.merge("id", received, directImport(), DIRECTORY);

		assertThat(result.draft().title()).isEqualTo("Phòng chống dịch năm 2024");
		assertThat(result.findings()).anySatisfy((finding) -> {
			assertThat(finding.field()).isEqualTo("title");
			assertThat(finding.severity()).isEqualTo(ImportFinding.Severity.WARNING);
			assertThat(finding.text()).isEqualTo("Truyền thông y tế tỉnh Bắc Giang năm 2024");
		});
	}

	@Test
	void aPackageWithoutAttachmentGivesADraftOfItsHeaderAndSaysTheTextIsMissing() {
		String xml = new String(SamplePackages.bacGiang("none"), StandardCharsets.UTF_8)
			.replaceAll("(?s)<edXML:AttachmentEncoded>.*</edXML:AttachmentEncoded>", "");
		EdXmlPackage received = EdXmlReader.read(xml.getBytes(StandardCharsets.UTF_8));

		EdXmlImportResult result = DraftFromPackage.merge("id", received, null, DIRECTORY);

		assertThat(DraftFromPackage.documentOf(received)).isNull();
		assertThat(result.draft().year()).isEqualTo(2024);
		assertThat(result.draft().title()).isEqualTo("Truyền thông y tế tỉnh Bắc Giang năm 2024");
		assertThat(result.findings()).extracting(ImportFinding::field).containsExactly("sections");
		assertThat(result.source()).isNull();
	}

	private static ImportResult directImport() {
		byte[] text = SamplePackages.resource(SamplePackages.BAC_GIANG_TEXT);
		return new PlanDocumentReader(DIRECTORY).read(TextExtraction.extract("bac-giang.txt", "text/plain", text));
	}

}
