package vn.health.calendar.theme;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class NationalCatalogueTests {

	@Test
	void holdsTheThirtyEightThemesOfTheBacGiangAppendixInOrder() {
		List<Theme> themes = NationalCatalogue.read();

		assertThat(themes).hasSize(38);
		assertThat(themes).extracting(Theme::order)
			.containsExactlyElementsOf(IntStream.rangeClosed(1, 38).boxed().toList());
		assertThat(themes).extracting(Theme::id).startsWith("national-01").endsWith("national-38");
		assertThat(themes).extracting(Theme::scope).containsOnly(ThemeScope.NATIONAL);
	}

	@Test
	void keepsNamesAndTimingsExactlyAsPrinted() {
		List<Theme> themes = NationalCatalogue.read();

		assertThat(themes.get(0)).isEqualTo(new Theme("national-01", 1,
				"Tháng hành động về chất lượng an toàn thực phẩm", "15/01 - 15/02", ThemeScope.NATIONAL));
		assertThat(themes.get(9)).isEqualTo(
				new Theme("national-10", 10, "Ngày Hen toàn cầu", "tuần 1 tháng 5", ThemeScope.NATIONAL));
		assertThat(themes.get(34)).isEqualTo(new Theme("national-35", 35,
				"Ngày Thế giới phòng, chống AIDS và Tháng hành động quốc gia phòng, chống HIV/AIDS",
				"01/12 và Tháng 12", ThemeScope.NATIONAL));
		assertThat(themes.get(37)).isEqualTo(new Theme("national-38", 38, "Ngày Thế giới sẵn sàng chống dịch bệnh",
				"27/12", ThemeScope.NATIONAL));
	}

	@Test
	void ignoresCommentsBlankLinesAndWindowsLineEndings() {
		String text = "\uFEFF# source note\r\n\r\n" + rows(38).replace("\n", "\r\n");

		assertThat(NationalCatalogue.parse(text, "test.tsv")).hasSize(38)
			.allSatisfy((theme) -> assertThat(theme.timing()).doesNotEndWith("\r"));
	}

	@Test
	void storesDecomposedVietnameseInComposedForm() {
		String decomposed = Normalizer.normalize("Ngày Thế giới phòng, chống lao", Normalizer.Form.NFD);
		String text = rows(38).replace("Ngày 7\t", decomposed + "\t");

		assertThat(NationalCatalogue.parse(text, "test.tsv").get(6).name())
			.isEqualTo("Ngày Thế giới phòng, chống lao");
	}

	@Test
	void refusesMalformedLinesNamingEachOne() {
		String text = rows(38).replace("3\tNgày 3\t01/03", "3\tNgày 3 01/03")
			.replace("5\tNgày 5", "năm\tNgày 5")
			.replace("7\tNgày 7\t01/07", "7\t \t01/07")
			.replace("9\tNgày 9\t01/09", "9\tNgày 9\t")
			.replace("11\tNgày 11", "12\tNgày 11")
			.replace("13\tNgày 13", "39\tNgày 13");

		assertThatIllegalStateException().isThrownBy(() -> NationalCatalogue.parse(text, "test.tsv"))
			.withMessageStartingWith("National theme catalogue test.tsv is invalid: ")
			.withMessageContaining("line 3: expected 3 tab-separated columns (order, name, timing), found 2")
			.withMessageContaining("line 5: order 'năm' is not a number")
			.withMessageContaining("line 7: name is blank")
			.withMessageContaining("line 9: timing is blank")
			.withMessageContaining("line 12: order 12 appears twice")
			.withMessageContaining("line 13: order 39 is outside 1..38");
	}

	@Test
	void refusesATimingTheDateExpressionParserCannotRead() {
		String text = rows(38).replace("4\tNgày 4\t01/04", "4\tNgày 4\t32/01").replace("6\tNgày 6\t01/06", "6\tNgày 6\ttuần 6 tháng 5");

		assertThatIllegalStateException().isThrownBy(() -> NationalCatalogue.parse(text, "test.tsv"))
			.withMessageContaining("line 4: Cannot read date expression \"32/01\": day 32 does not exist in month 1")
			.withMessageContaining("line 6: Cannot read date expression \"tuần 6 tháng 5\": a month has weeks 1 to 5");
	}

	@Test
	void refusesACatalogueWithMissingRows() {
		assertThatIllegalStateException().isThrownBy(() -> NationalCatalogue.parse(rows(37), "test.tsv"))
			.withMessage("National theme catalogue test.tsv is invalid: expected 38 themes, found 37");
	}

	/** Rows "n, Ngày n, 01/mm" (mm counting 1..12 over again), the last without a line break, as printed. */
	private static String rows(int count) {
		return IntStream.rangeClosed(1, count)
			.mapToObj((n) -> n + "\tNgày " + n + "\t01/%02d".formatted((n - 1) % 12 + 1))
			.collect(Collectors.joining("\n"));
	}

}
