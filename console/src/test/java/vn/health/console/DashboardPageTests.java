package vn.health.console;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import vn.health.testkit.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Tổng quan: the CDC's rates per period and overdue list; a unit's overdue, returned, next and unread. */
class DashboardPageTests extends ConsoleTestSupport {

	@Test
	void theStartPageIsTheOverview() {
		HttpResponse<String> answer = open("/", officerToken());

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValue("/tong-quan");
	}

	@Test
	void theCoordinatorSeesTheRatesPerPeriodAndWhatIsOverdueToItsUnit() {
		String token = coordinatorToken();
		DashboardFixtures.province(API);

		String body = open("/tong-quan", token).body();

		assertThat(body).contains("Tổng quan", "Tỷ lệ báo cáo đầy đủ và đúng hạn", "12/KH-SYT · Kế hoạch truyền thông",
				"Cả kế hoạch: đã nộp 4/6 báo cáo (66,7%), đúng hạn 3 (50%), còn thiếu 2", "<th scope=\"row\">Quý I</th>",
				"100%", "—", "data-chart=\"{&quot;labels&quot;:[&quot;6 tháng&quot;,&quot;Quý I&quot;,&quot;Quý II&quot;]",
				"/dist/chart.umd.js", "/js/dashboard.js", "Báo cáo quá hạn", ApiFixtures.COMMUNE_NAME, "5 ngày")
			.doesNotContain("gửi nơi khác");
		API.verify(getRequestedFor(urlEqualTo("/api/reports/completeness?plan=kh-12"))
			.withHeader("Authorization", equalTo(TestTokens.bearer(token))));
	}

	@Test
	void anotherPlanIsChosenByItsId() {
		DashboardFixtures.province(API);

		open("/tong-quan?ke-hoach=kh-7", coordinatorToken());

		API.verify(getRequestedFor(urlEqualTo("/api/reports/completeness?plan=kh-7")));
	}

	@Test
	void withoutAPlanInForceThereAreNoRates() {
		API.stubFor(get(urlPathEqualTo("/api/plans")).willReturn(okJson(ApiFixtures.page())));
		API.stubFor(get(urlPathEqualTo("/api/obligations")).willReturn(okJson(ApiFixtures.page())));

		String body = open("/tong-quan", coordinatorToken()).body();

		assertThat(body).contains("Chưa có kế hoạch nào đang có hiệu lực.", "Không có báo cáo nào quá hạn.")
			.doesNotContain("dashboard.js");
		API.verify(0, getRequestedFor(urlPathEqualTo("/api/reports/completeness")));
	}

	@Test
	void aUnitSeesWhatIsOverdueReturnedNextAndItsUnreadNotices() {
		String token = officerToken();
		DashboardFixtures.unit(API);

		String body = open("/tong-quan", token).body();

		assertThat(body).contains("Quá hạn (1)", "quá hạn 5 ngày", "Bị trả lại, cần sửa (1)", "Sắp đến hạn",
				"Báo cáo tháng 7", "15/07/2024 00:00", "Thông báo chưa đọc (1)", "Báo cáo quý II đã quá hạn")
			.doesNotContain("Thông báo đã đọc", "Tỷ lệ báo cáo");
		API.verify(getRequestedFor(urlEqualTo("/api/notifications/inbox?unit=" + ApiFixtures.COMMUNE
				+ "&page=0&size=100")).withHeader("Authorization", equalTo(TestTokens.bearer(token))));
	}

}
