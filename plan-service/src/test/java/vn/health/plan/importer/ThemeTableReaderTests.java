package vn.health.plan.importer;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.health.contracts.plan.Theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Appendix tables as offices print them: cells apart, or columns lined up with spaces and wrapped by a PDF. */
class ThemeTableReaderTests {

	@Test
	void readsColumnsSeparatedByRunsOfSpacesByWhatTheTimingColumnLooksLike() {
		List<Theme> themes = read("STT    CHỦ ĐỀ                                   THỜI ĐIỂM",
				"1.     Ngày Thế giới phòng, chống lao            24/3",
				"2      Tuần lễ Dinh dưỡng và Phát triển          16 - 23/10",
				"3.     Ngày Hen toàn cầu                         tuần 1 tháng 5",
				"4.     Ngày Dân số Việt Nam (26/12) và Tháng hành động quốc gia dân số (tháng 12)    26/12 và Tháng 12",
				"Nơi nhận:");

		assertThat(themes).extracting(Theme::name, Theme::timing)
			.containsExactly(tuple("Ngày Thế giới phòng, chống lao", "24/3"),
					tuple("Tuần lễ Dinh dưỡng và Phát triển", "16 - 23/10"),
					tuple("Ngày Hen toàn cầu", "tuần 1 tháng 5"),
					tuple(
							"Ngày Dân số Việt Nam (26/12) và Tháng hành động quốc gia dân số (tháng 12)", "26/12 và Tháng 12"));
	}

	@Test
	void aRowWrappedInsideItsNameCellIsOneTheme() {
		List<Theme> themes = read("STT CHỦ ĐỀ THỜI ĐIỂM", "1. Ngày Thế giới phòng, chống AIDS và Tháng hành động quốc gia",
				"phòng, chống HIV/AIDS 01/12 và Tháng 12", "2. Ngày Bao phủ sức khỏe toàn dân 12/12");

		assertThat(themes).extracting(Theme::name)
			.containsExactly("Ngày Thế giới phòng, chống AIDS và Tháng hành động quốc gia phòng, chống HIV/AIDS",
					"Ngày Bao phủ sức khỏe toàn dân");
		assertThat(themes.get(0).timing()).isEqualTo("01/12 và Tháng 12");
	}

	private static List<Theme> read(String... lines) {
		SourceText source = SourceText.of("phu-luc.txt", null, List.of(lines));
		return ThemeTableReader.read(source, new ArrayList<>(), new FieldSources(source));
	}

}
