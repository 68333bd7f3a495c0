package vn.health.console;

import org.junit.jupiter.api.Test;
import vn.health.testkit.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Kế hoạch: the search (words passed as typed, plan-service ignores diacritics) and a plan's detail. */
class PlanPagesTests extends ConsoleTestSupport {

	@Test
	void theSearchPassesTheWordsAndFiltersToTheApi() {
		String token = coordinatorToken();
		PlanFixtures.search(API);

		String body = open("/ke-hoach?q=sot+xuat+huyet&nam=2024&trang-thai=ISSUED", token).body();

		assertThat(body).contains("Kế hoạch", "1 kế hoạch", "Kế hoạch truyền thông phòng, chống sốt xuất huyết năm 2024",
				"Đã ban hành", "value=\"sot xuat huyet\"", "/ke-hoach/kh-12");
		API.verify(getRequestedFor(urlEqualTo("/api/plans?q=sot%20xuat%20huyet&year=2024&status=ISSUED&page=0&size=20"))
			.withHeader("Authorization", equalTo(TestTokens.bearer(token))));
	}

	@Test
	void htmxGetsOnlyTheResultsAndAnUnknownStatusIsIgnored() {
		API.stubFor(get(urlPathEqualTo("/api/plans")).willReturn(okJson(ApiFixtures.page())));

		String table = open("/ke-hoach?q=an+toan&trang-thai=XYZ", officerToken(), "HX-Request", "true").body();

		assertThat(table).contains("Không tìm thấy kế hoạch nào.").doesNotContain("<header");
		API.verify(getRequestedFor(urlEqualTo("/api/plans?q=an%20toan&page=0&size=20")));
	}

	@Test
	void aPlanShowsItsSectionsAssignmentsReportingChainAndVersions() {
		PlanFixtures.plan(API);

		String body = open("/ke-hoach/kh-12", coordinatorToken()).body();

		assertThat(body).contains("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Nâng cao nhận thức của người dân.",
				"Trung tâm Y tế các huyện", "Trung tâm Y tế huyện Yên Thế", "Tổ chức truyền thông tại xã.",
				"trước ngày 20/06/2024", "chậm nhất ngày 25/06/2024", "2 đơn vị gửi", ApiFixtures.CDC_NAME,
				"Tổng hợp từ: Báo cáo kết quả truyền thông quý II", "Chỉ số: Số buổi truyền thông (buổi)",
				"2 (hiện hành)", "Bổ sung báo cáo tổng hợp", "Thay đổi: requirements", "Đã ban hành · phiên bản 2");
		assertThat(body.indexOf("trước ngày 20/06/2024")).isLessThan(body.indexOf("chậm nhất ngày 25/06/2024"));
	}

}
