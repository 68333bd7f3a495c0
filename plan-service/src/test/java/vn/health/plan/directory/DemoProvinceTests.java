package vn.health.plan.directory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoProvinceTests {

	@Test
	void slugTurnsVietnameseNamesIntoAsciiIds() {
		assertThat(DemoProvince.slug("Lục Ngạn")).isEqualTo("luc-ngan");
		assertThat(DemoProvince.slug("thị trấn Đồi Ngô")).isEqualTo("thi-tran-doi-ngo");
		assertThat(DemoProvince.slug("phường Hoàng Văn Thụ")).isEqualTo("phuong-hoang-van-thu");
	}

}
