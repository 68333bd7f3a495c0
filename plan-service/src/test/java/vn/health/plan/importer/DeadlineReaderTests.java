package vn.health.plan.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.health.contracts.plan.DueRule;
import vn.health.plan.importer.ImportFinding.Severity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Deadline sentences as provinces write them, each read into a period, a due date, a rule and the units. */
class DeadlineReaderTests {

	private final DeadlineReader reader = new DeadlineReader(new UnitMatching(Fixtures.DIRECTORY));

	@Test
	void chamNhatAndTruocHoacTrongNgayAreDueAtTheEndOfTheDay() {
		List<FoundDeadline> found = read("1. Trạm Y tế xã, phường, thị trấn",
				"- Báo cáo tháng gửi Trung tâm Y tế huyện Sơn Động chậm nhất ngày 25/01/2024.",
				"- Báo cáo quý II gửi trước hoặc trong ngày 15/6/2024.");

		assertThat(found).extracting(FoundDeadline::dueRule).containsExactly(DueRule.END_OF_DAY, DueRule.END_OF_DAY);
		assertThat(found).extracting(FoundDeadline::period).containsExactly("Tháng", "Quý II");
		assertThat(found.get(0).recipient().unitIds()).containsExactly("ttyt-son-dong");
		assertThat(found.get(0).reporter().unitTypes()).isNotEmpty();
	}

	@Test
	void aListInParenthesesTakesItsRecipientFromTheSentenceThatIntroducesIt() {
		List<FoundDeadline> found = read("2. Trung tâm Kiểm soát bệnh tật",
				"Định kỳ báo cáo kết quả về Sở Y tế (báo cáo quý I gửi trước ngày 20/3/2024; báo cáo năm gửi trước ngày 20/11/2024).");

		assertThat(found).extracting(FoundDeadline::title).containsExactly("Báo cáo quý I", "Báo cáo năm");
		assertThat(found).extracting((deadline) -> deadline.recipient().singleUnitId()).containsExactly("syt", "syt");
		assertThat(found).extracting(FoundDeadline::reporterPrinted).containsOnly("Trung tâm Kiểm soát bệnh tật");
		assertThat(found).extracting(FoundDeadline::dueDate)
			.containsExactly(LocalDate.of(2024, 3, 20), LocalDate.of(2024, 11, 20));
	}

	@Test
	void aDateThatDoesNotExistIsAnError() {
		List<ImportFinding> findings = findingsOf("1. Trung tâm Y tế các huyện",
				"- Báo cáo 6 tháng gửi về Sở Y tế trước ngày 31/6/2024.");

		assertThat(findings).anySatisfy((finding) -> {
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.field()).isEqualTo("requirements[0].dueDate");
		});
	}

	@Test
	void aConsolidatedReportDueBeforeTheReportsItConsolidatesIsAWarning() {
		List<ImportFinding> findings = findingsOf("1. Trung tâm Kiểm soát bệnh tật",
				"- Báo cáo 6 tháng gửi Sở Y tế trước ngày 10/6/2024.", "2. Trung tâm Y tế các huyện",
				"- Báo cáo 6 tháng gửi về Trung tâm Kiểm soát bệnh tật trước ngày 15/6/2024.");

		assertThat(findings).anySatisfy((finding) -> {
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.field()).isEqualTo("requirements[0].dueDate");
		});
	}

	@Test
	void aPeriodicDutyWithoutADateIsARequirementWhoseDueDateMustBeFilledIn() {
		List<FoundDeadline> found = read("3. Trung tâm Kiểm soát bệnh tật tỉnh",
				"- Định kỳ tổng hợp báo cáo kết quả hoạt động truyền thông y tế toàn ngành về Sở Y tế theo quy định.",
				"4. Trạm Y tế xã, phường, thị trấn",
				"Phát hiện ca bệnh nghi ngờ thì báo cáo ngay cho Trung tâm Kiểm soát bệnh tật tỉnh.");

		assertThat(found).extracting(FoundDeadline::title, FoundDeadline::period, FoundDeadline::dueDate)
			.containsExactly(tuple("Định kỳ tổng hợp báo cáo kết quả hoạt động truyền thông y tế toàn ngành", "Định kỳ", null),
					tuple("Báo cáo ngay", "Đột xuất", null));
		assertThat(found).extracting((deadline) -> deadline.recipient().singleUnitId()).containsExactly("syt", "cdc");
		assertThat(found).extracting(FoundDeadline::reporterPrinted)
			.containsExactly("Trung tâm Kiểm soát bệnh tật tỉnh", "Trạm Y tế xã, phường, thị trấn");
		assertThat(findingsOf("3. Trung tâm Kiểm soát bệnh tật tỉnh",
				"- Định kỳ báo cáo kết quả về Sở Y tế theo quy định."))
			.anySatisfy((finding) -> {
				assertThat(finding.severity()).isEqualTo(Severity.ERROR);
				assertThat(finding.field()).isEqualTo("requirements[0].dueDate");
				assertThat(finding.line()).isEqualTo(2);
			});
	}

	@Test
	void aSentenceThatIntroducesDatedReportsOrHasNoReporterIsNotAnUndatedDuty() {
		assertThat(read("4. Trung tâm Y tế các huyện", "Định kỳ báo cáo kết quả về Trung tâm Kiểm soát bệnh tật tỉnh, cụ thể như sau:",
				"- Báo cáo quý I gửi trước ngày 20/3/2024.")).extracting(FoundDeadline::period).containsExactly("Quý I");
		assertThat(read("II. NỘI DUNG", "11. Tổ chức giám sát, định kỳ báo cáo chính quyền địa phương và Sở Y tế theo quy định."))
			.isEmpty();
		assertThat(read("1. Phòng Nghiệp vụ Y, Sở Y tế", "Kịp thời báo cáo lãnh đạo Sở Y tế những khó khăn, vướng mắc.")).isEmpty();
	}

	private List<FoundDeadline> read(String... lines) {
		return this.reader.read(Paragraphs.of(SourceText.of("test.txt", null, List.of(lines))));
	}

	private List<ImportFinding> findingsOf(String... lines) {
		SourceText source = SourceText.of("test.txt", null, List.of(lines));
		List<ImportFinding> findings = new ArrayList<>();
		ReportingRegime.requirements(this.reader.read(Paragraphs.of(source)), 2024, findings, new FieldSources(source));
		return findings;
	}

}
