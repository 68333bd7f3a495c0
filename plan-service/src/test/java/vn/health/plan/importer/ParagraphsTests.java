package vn.health.plan.importer;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Lines broken at the page margin become one paragraph again; headings, list items and table rows stay apart. */
class ParagraphsTests {

	@Test
	void rejoinsLinesWrappedAtTheMarginAcrossBlankLinesAndKeepsEachSourceLine() {
		List<Paragraph> paragraphs = of("Căn cứ kế hoạch, chương trình nhiệm vụ công tác năm 2024, Sở Y tế tỉnh", "",
				"Lạng Sơn xây dựng Kế hoạch như sau:", "I. MỤC ĐÍCH, YÊU CẦU");

		assertThat(paragraphs).extracting(Paragraph::text)
			.containsExactly("Căn cứ kế hoạch, chương trình nhiệm vụ công tác năm 2024, Sở Y tế tỉnh Lạng Sơn xây dựng Kế hoạch như sau:",
					"I. MỤC ĐÍCH, YÊU CẦU");
		assertThat(paragraphs.get(0).lineAt(paragraphs.get(0).text().indexOf("xây dựng"))).isEqualTo(3);
	}

	@Test
	void aShortHeadingDoesNotSwallowTheParagraphBelowIt() {
		assertThat(of("1. Mục đích", "Tăng cường tuyên truyền phổ biến các chủ trương.")).hasSize(2);
	}

	@Test
	void listItemsAndTableRowsAreNeverJoined() {
		assertThat(of("Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT.", "1.\tNgày Sức khỏe Thế giới\t07/4",
				"2.\tNgày Hiến máu nhân đạo\t07/4")).hasSize(5);
	}

	@Test
	void aLineStartingInLowerCaseContinuesAnUnfinishedShortLine() {
		assertThat(of("Báo cáo kết quả gửi", "về Sở Y tế.")).extracting(Paragraph::text)
			.containsExactly("Báo cáo kết quả gửi về Sở Y tế.");
	}

	@Test
	void aLongLineWrappedAfterAColonContinuesWithTheNumberOrClauseItIntroduces() {
		assertThat(of("Trong quá trình thực hiện nếu có khó khăn, vướng mắc liên hệ Sở Y tế (BS. Tuấn, SĐT:",
				"0385.944.883)./.", "Định kỳ báo cáo kết quả hoạt động truyền thông về Trung tâm, cụ thể như sau:",
				"- Báo cáo quý I gửi trước ngày 20/3/2024.")).extracting(Paragraph::text)
			.containsExactly("Trong quá trình thực hiện nếu có khó khăn, vướng mắc liên hệ Sở Y tế (BS. Tuấn, SĐT: 0385.944.883)./.",
					"Định kỳ báo cáo kết quả hoạt động truyền thông về Trung tâm, cụ thể như sau:",
					"- Báo cáo quý I gửi trước ngày 20/3/2024.");
	}

	private static List<Paragraph> of(String... lines) {
		return Paragraphs.of(SourceText.of("test.txt", null, List.of(lines)));
	}

}
