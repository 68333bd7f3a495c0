package vn.health.plan.importer;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.health.contracts.directory.UnitType;
import vn.health.contracts.plan.DueRule;
import vn.health.contracts.plan.PlanKind;
import vn.health.contracts.plan.PlanPeriod;
import vn.health.plan.importer.ImportFinding.Severity;
import vn.health.plan.plan.LegalBasis;
import vn.health.plan.plan.PlanDraft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The four documents of {@code shared/documents}, read against a small directory; expectations written from reading them. */
class PlanDocumentReaderTests {

	@Test
	void readsTheBacGiangYearlyPlanWithItsReportingRegimeAndThemes() {
		ImportResult result = Fixtures.read(Fixtures.BAC_GIANG);
		PlanDraft draft = result.draft();

		assertThat(draft.number()).isEqualTo("/KH-SYT");
		assertThat(draft.place()).isEqualTo("Bắc Giang");
		assertThat(draft.year()).isEqualTo(2024);
		assertThat(draft.kind()).isEqualTo(PlanKind.YEARLY);
		assertThat(draft.issuerUnitId()).isEqualTo("syt");
		assertThat(draft.title()).isEqualTo("Truyền thông y tế tỉnh Bắc Giang năm 2024");
		assertThat(draft.legalBases().get(0))
			.isEqualTo(new LegalBasis("128/QĐ-BYT", LocalDate.of(2024, 1, 17), "Bộ Y tế",
					"về kế hoạch thông tin, truyền thông y tế năm 2024", null));
		assertThat(draft.requirements()).extracting(PlanDraft.Requirement::period, PlanDraft.Requirement::dueDate,
				PlanDraft.Requirement::dueRule, PlanDraft.Requirement::recipientUnitId, PlanDraft.Requirement::reporterUnitTypes)
			.containsExactly(tuple("Định kỳ", null, null, null, List.of()), tuple("Định kỳ", null, null, "syt", List.of()),
					tuple("Quý I", LocalDate.of(2024, 3, 20), DueRule.BEFORE_DAY, "cdc", List.of(UnitType.DISTRICT_HEALTH_CENTRE)),
					tuple("6 tháng", LocalDate.of(2024, 6, 20), DueRule.BEFORE_DAY, "cdc", List.of(UnitType.DISTRICT_HEALTH_CENTRE)),
					tuple("9 tháng", LocalDate.of(2024, 9, 20), DueRule.BEFORE_DAY, "cdc", List.of(UnitType.DISTRICT_HEALTH_CENTRE)),
					tuple("Năm", LocalDate.of(2024, 11, 20), DueRule.BEFORE_DAY, "cdc", List.of(UnitType.DISTRICT_HEALTH_CENTRE)));
		assertThat(draft.themes()).hasSize(38);
		assertThat(draft.themes().get(6).name()).isEqualTo("Ngày Thế giới phòng, chống lao");
		assertThat(draft.themes().get(6).timing()).isEqualTo("24/3");
		assertThat(draft.assignments()).extracting(PlanDraft.Assignment::assignee)
			.contains("Trung tâm Kiểm soát bệnh tật tỉnh Bắc Giang", "Trung tâm Y tế các huyện, thị xã, thành phố");
		assertThat(draft.signer().fullName()).isEqualTo("Từ Quốc Hiệu");
		assertThat(draft.recipients()).hasSize(5).last().extracting("name").isEqualTo("Lưu: VT, NVY.");
		assertThat(draft.contacts()).singleElement().extracting("phone").isEqualTo("0385.944.883");
	}

	@Test
	void aBlankNumberIsReportedAsInformationWithItsLine() {
		assertThat(Fixtures.read(Fixtures.BAC_GIANG).findings())
			.filteredOn((finding) -> finding.field().equals("number"))
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.severity()).isEqualTo(Severity.INFO);
				assertThat(finding.line()).isEqualTo(3);
				assertThat(finding.text()).isEqualTo("Số: /KH-SYT");
			});
	}

	@Test
	void readsTheLangSonTwoLevelChainFromUnitsToCdcToDepartment() {
		List<PlanDraft.Requirement> requirements = Fixtures.read(Fixtures.LANG_SON).draft().requirements();

		assertThat(requirements).extracting(PlanDraft.Requirement::requirementId, PlanDraft.Requirement::reporterUnitIds,
				PlanDraft.Requirement::recipientUnitId, PlanDraft.Requirement::dueDate,
				PlanDraft.Requirement::upstreamRequirementId)
			.containsExactly(tuple("r1", List.of("cdc"), "syt", LocalDate.of(2024, 6, 20), "r3"),
					tuple("r2", List.of("cdc"), "syt", LocalDate.of(2024, 11, 20), "r4"),
					tuple("r3", List.of(), "cdc", LocalDate.of(2023, 6, 15), null),
					tuple("r4", List.of(), "cdc", LocalDate.of(2024, 11, 15), null));
		assertThat(requirements.get(2).reporterUnitTypes()).contains(UnitType.DISTRICT_HEALTH_CENTRE);
	}

	@Test
	void flagsTheLangSonDeadlineBeforeThePlanYearAsAnErrorAndSuggestsTheYear() {
		ImportResult result = Fixtures.read(Fixtures.LANG_SON);

		assertThat(result.findings()).filteredOn((finding) -> finding.severity() == Severity.ERROR)
			.singleElement()
			.satisfies((finding) -> {
				assertThat(finding.field()).isEqualTo("requirements[2].dueDate");
				assertThat(finding.message()).contains("15/6/2023", "15/6/2024");
				assertThat(finding.line()).isEqualTo(638);
				assertThat(finding.text()).contains("gửi trước ngày 15/6/2023");
			});
		assertThat(result.findings()).anySatisfy((finding) -> {
			assertThat(finding.field()).isEqualTo("requirements[0].title");
			assertThat(finding.message()).contains("2023");
		});
	}

	@Test
	void readsTheLangSonLegalBasesAcrossBrokenLines() {
		PlanDraft draft = Fixtures.read(Fixtures.LANG_SON).draft();

		assertThat(draft.title()).isEqualTo("Thông tin, truyền thông y tế năm 2024");
		assertThat(draft.legalBases()).extracting(LegalBasis::number, LegalBasis::date, LegalBasis::title)
			.containsExactly(tuple("128/QĐ-BYT", LocalDate.of(2024, 1, 17),
					"về việc Ban hành Kế hoạch thông tin, truyền thông y tế năm 2024"),
					tuple(null, null, "kế hoạch, chương trình nhiệm vụ công tác năm 2024"));
		assertThat(draft.signer().fullName()).isEqualTo("Lý Kim Soi");
	}

	@Test
	void readsTheCampaignPeriodAndTasksByUnitLevel() {
		PlanDraft draft = Fixtures.read(Fixtures.LANG_SON_CAMPAIGN).draft();

		assertThat(draft.kind()).isEqualTo(PlanKind.CAMPAIGN);
		assertThat(draft.period()).isEqualTo(new PlanPeriod(LocalDate.of(2024, 8, 15), LocalDate.of(2025, 1, 31)));
		assertThat(draft.year()).isEqualTo(2024);
		assertThat(draft.date().month()).isEqualTo(8);
		assertThat(draft.legalBases()).extracting(LegalBasis::number).containsExactly("823/KH-BYT");
		assertThat(draft.assignments()).extracting(PlanDraft.Assignment::unitTypes)
			.contains(List.of(UnitType.DISTRICT_HEALTH_CENTRE), List.of(UnitType.COMMUNE_HEALTH_STATION));
		assertThat(draft.contacts()).extracting("email").contains("dominhantuancdcls@gmail.com");
	}

	@Test
	void saysTheBenTrePageIsNotAProvincialPlanButKeepsItsTitleAndDecision() {
		ImportResult result = Fixtures.read(Fixtures.BEN_TRE);

		assertThat(result.draft().title())
			.isEqualTo("Nội dung và nhiệm vụ trong Kế hoạch thông tin, truyền thông y tế năm 2024");
		assertThat(result.draft().legalBases()).singleElement()
			.satisfies((basis) -> assertThat(basis.number()).isEqualTo("128/QĐ-BYT"))
			.satisfies((basis) -> assertThat(basis.date()).isEqualTo(LocalDate.of(2024, 1, 17)));
		assertThat(result.findings()).anySatisfy((finding) -> {
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.messageEn()).contains("not a provincial plan");
		});
	}

	@Test
	void readsAPlanItHasNeverSeenSignedByTheHeadInPerson() {
		SourceText text = SourceText.of("ke-hoach.txt", null, List.of("ỦY BAN NHÂN DÂN", "HUYỆN SƠN ĐỘNG",
				"Số: 05/KH-UBND", "Sơn Động, ngày 12 tháng 3 năm 2025", "KẾ HOẠCH", "Phòng, chống bệnh lao năm 2025", "",
				"Căn cứ Kế hoạch số 45/KH-SYT ngày 20/02/2025 của Sở Y tế tỉnh Bắc Giang về phòng, chống lao;",
				"I. MỤC ĐÍCH", "Giảm số người mắc lao.", "II. TỔ CHỨC THỰC HIỆN", "1. Trạm Y tế các xã, thị trấn",
				"Báo cáo quý I gửi về Trung tâm Y tế huyện Sơn Động chậm nhất ngày 25/3/2025.", "Nơi nhận:", "- Như trên;",
				"- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn Bình"));

		ImportResult result = new PlanDocumentReader(Fixtures.DIRECTORY).read(text);

		assertThat(result.draft().number()).isEqualTo("05/KH-UBND");
		assertThat(result.draft().date()).extracting("day", "month", "year").containsExactly(12, 3, 2025);
		assertThat(result.draft().title()).isEqualTo("Phòng, chống bệnh lao năm 2025");
		assertThat(result.draft().legalBases().get(0).issuer()).isEqualTo("Sở Y tế tỉnh Bắc Giang");
		assertThat(result.draft().requirements()).singleElement().satisfies((requirement) -> {
			assertThat(requirement.dueRule()).isEqualTo(DueRule.END_OF_DAY);
			assertThat(requirement.recipientUnitId()).isEqualTo("ttyt-son-dong");
			assertThat(requirement.reporterUnitTypes()).containsExactly(UnitType.COMMUNE_HEALTH_STATION);
		});
		assertThat(result.draft().signer().fullName()).isEqualTo("Nguyễn Văn Bình");
		assertThat(result.draft().signer().authority()).isNull();
	}

}
