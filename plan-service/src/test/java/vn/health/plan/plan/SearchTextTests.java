package vn.health.plan.plan;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTests {

	@Test
	void foldingDropsDiacriticsAndCaseSoUnaccentedWordsMatch() {
		assertThat(SearchText.fold("Truyền  thông Y TẾ")).isEqualTo("truyen thong y te");
		assertThat(SearchText.fold("Đài PT&TH tỉnh Lạng Sơn")).isEqualTo("dai pt&th tinh lang son");
		assertThat(SearchText.fold("Cơ sở y tế Xanh - Sạch - Đẹp")).isEqualTo("co so y te xanh - sach - dep");
	}

}
