package vn.health.console;

import java.net.http.HttpResponse;

import com.github.tomakehurst.wiremock.http.Fault;
import org.junit.jupiter.api.Test;
import vn.health.testkit.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tổng quan: the Sở's rates per period and per district, a recipient's (the CDC's) rates per report sent to it, the
 * overdue list; a unit's overdue, returned, next and unread; a part whose service refuses or is down leaves a note,
 * not an error.
 */
class DashboardPageTests extends ConsoleTestSupport {

	private static final String WHOLE_PLAN = "/api/reports/completeness?plan=kh-12";

	@Test
	void theStartPageIsTheOverview() {
		HttpResponse<String> answer = open("/", officerToken());

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValue("/tong-quan");
	}

	@Test
	void theSoSeesTheWholePlansRatesPerPeriodAndEveryOverdueReport() {
		String token = adminToken();
		DashboardFixtures.province(API);

		String body = open("/tong-quan", token).body();

		assertThat(body).contains("Tỷ lệ báo cáo đầy đủ và đúng hạn", "12/KH-SYT · Kế hoạch truyền thông",
				"Cả kế hoạch: đã nộp 4/6 báo cáo (66,7%), đúng hạn 3 (50%), còn thiếu 2", "Theo kỳ báo cáo",
				"<th scope=\"row\"><span>Quý I</span></th>", "100%", "—",
				"data-chart=\"{&quot;labels&quot;:[&quot;6 tháng&quot;,&quot;Quý I&quot;,&quot;Quý II&quot;]",
				"/dist/chart.umd.js", "/js/dashboard.js", "Báo cáo quá hạn", ApiFixtures.COMMUNE_NAME, "5 ngày",
				"gửi nơi khác");
		API.verify(getRequestedFor(urlEqualTo(WHOLE_PLAN)).withHeader("Authorization",
				equalTo(TestTokens.bearer(token))));
		API.verify(0, getRequestedFor(urlEqualTo("/api/plans/kh-12")));
	}

	@Test
	void theSoSeesTheWholePlanPerDistrictWeakestFirstAndTheProvinceLevelLast() {
		DashboardFixtures.province(API);

		String body = open("/tong-quan", adminToken()).body();

		assertThat(body).contains("<caption>Theo huyện</caption>",
				"<th scope=\"row\">Trung tâm Y tế huyện Yên Thế</th>", "<td class=\"num\">4</td>", "50%", "25%",
				"<th scope=\"row\">Tuyến tỉnh</th>",
				"id=\"bieu-do-theo-huyen\"", "data-chart=\"{&quot;labels&quot;:[&quot;Trung tâm Y tế huyện Yên Thế&quot;,"
						+ "&quot;Trung tâm Y tế huyện Tân Yên&quot;],&quot;completeness&quot;:[50.0,100.0]");
		String byDistrict = body.substring(body.indexOf("Theo huyện"));
		assertThat(byDistrict.indexOf("huyện Yên Thế")).isLessThan(byDistrict.indexOf("huyện Tân Yên"));
		assertThat(byDistrict.indexOf("huyện Tân Yên")).isLessThan(byDistrict.indexOf("Tuyến tỉnh"));
	}

	@Test
	void theCdcSeesTheRatesOfEachReportSentToItAndWhatIsOverdueToItsUnit() {
		String token = coordinatorToken();
		DashboardFixtures.province(API);

		HttpResponse<String> answer = open("/tong-quan", token);

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("Tỷ lệ báo cáo đầy đủ và đúng hạn",
				"Các báo cáo gửi " + ApiFixtures.CDC_NAME
						+ ": đã nộp 4/6 báo cáo (66,7%), đúng hạn 3 (50%), còn thiếu 2",
				"Theo báo cáo gửi đơn vị", "Báo cáo kết quả truyền thông quý I", "Quý I · trước ngày 20/03/2024",
				"Quý II · trước ngày 20/06/2024", "33,3%", "Đơn vị chưa nộp", "Đã nộp đủ", "<li>Trung tâm Y tế huyện Yên Thế</li>",
				"data-chart=\"{&quot;labels&quot;:[&quot;Báo cáo kết quả truyền thông quý I&quot;,"
						+ "&quot;Báo cáo kết quả truyền thông quý II&quot;]",
				"/js/dashboard.js", "Báo cáo quá hạn", ApiFixtures.COMMUNE_NAME, "5 ngày")
			.doesNotContain("Báo cáo tổng hợp gửi Sở Y tế", "Cả kế hoạch", "gửi nơi khác", "Không đọc được",
					"không tính", "Theo huyện");
		API.verify(getRequestedFor(urlEqualTo(WHOLE_PLAN + "&requirement=bc-quy-1")).withHeader("Authorization",
				equalTo(TestTokens.bearer(token))));
		API.verify(getRequestedFor(urlEqualTo(WHOLE_PLAN + "&requirement=bc-quy-2")));
		API.verify(0, getRequestedFor(urlEqualTo(WHOLE_PLAN)));
		API.verify(0, getRequestedFor(urlEqualTo(WHOLE_PLAN + "&requirement=cdc-so")));
	}

	@Test
	void aRecipientOfNoReportInThePlanIsToldSoAndNoRatesAreAsked() {
		DashboardFixtures.province(API);

		String body = open("/tong-quan", TestTokens.get().forUser("ttyt-yen-the", "COORDINATOR")).body();

		assertThat(body).contains("Kế hoạch này không có báo cáo nào gửi Trung tâm Y tế huyện Yên Thế. "
				+ "Chọn kế hoạch khác để xem tỷ lệ báo cáo gửi đơn vị.", "<select id=\"ke-hoach\"")
			.doesNotContain("bieu-do-ty-le", "dashboard.js", "Theo báo cáo gửi đơn vị");
		API.verify(0, getRequestedFor(urlPathEqualTo("/api/reports/completeness")));
	}

	@Test
	void aReportWhoseRatesAreRefusedIsNotedAndTheRestOfThePageStands() {
		DashboardFixtures.province(API);
		API.stubFor(get(urlEqualTo(WHOLE_PLAN + "&requirement=bc-quy-2"))
			.willReturn(ApiFixtures.problem(403, DashboardFixtures.FORBIDDEN)));

		HttpResponse<String> answer = open("/tong-quan", coordinatorToken());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains(
				"Không đọc được tỷ lệ báo cáo (Không có quyền: Bạn không được xem dữ liệu của đơn vị syt).",
				"Báo cáo kết quả truyền thông quý II",
				"Các báo cáo gửi " + ApiFixtures.CDC_NAME + ": đã nộp 3/3 báo cáo (100%), đúng hạn 3 (100%), "
						+ "còn thiếu 0 (không tính báo cáo chưa đọc được tỷ lệ)",
				"data-chart=\"{&quot;labels&quot;:[&quot;Báo cáo kết quả truyền thông quý I&quot;]",
				ApiFixtures.COMMUNE_NAME, "5 ngày")
			.doesNotContain("You may not");
	}

	@Test
	void theWholePlanRefusedLeavesANoteAndTheOverdueList() {
		DashboardFixtures.province(API);
		API.stubFor(get(urlEqualTo(WHOLE_PLAN)).willReturn(ApiFixtures.problem(403, DashboardFixtures.FORBIDDEN)));

		HttpResponse<String> answer = open("/tong-quan", adminToken());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("Không đọc được tỷ lệ báo cáo (Không có quyền", "Báo cáo quá hạn",
				ApiFixtures.COMMUNE_NAME, "5 ngày")
			.doesNotContain("bieu-do-ty-le", "dashboard.js");
	}

	@Test
	void servicesThatDoNotAnswerAreNotedWhereTheirPartWouldBe() {
		DashboardFixtures.province(API);
		API.stubFor(get(urlPathEqualTo("/api/obligations"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		API.stubFor(get(urlEqualTo("/api/plans/kh-12")).willReturn(aResponse().withStatus(503)));

		HttpResponse<String> answer = open("/tong-quan", coordinatorToken());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains(
				"Không đọc được báo cáo quá hạn: hệ thống tạm thời không phản hồi, vui lòng thử lại sau ít phút.",
				"Không đọc được nội dung kế hoạch (Hệ thống tạm thời không phản hồi, vui lòng thử lại sau).",
				"<select id=\"ke-hoach\"")
			.doesNotContain("Không có báo cáo nào quá hạn.", "dashboard.js");
	}

	@Test
	void anotherPlanIsChosenByItsId() {
		DashboardFixtures.province(API);

		open("/tong-quan?ke-hoach=kh-7", adminToken());

		API.verify(getRequestedFor(urlEqualTo("/api/reports/completeness?plan=kh-7")));
	}

	@Test
	void withoutAPlanInForceThereAreNoRates() {
		API.stubFor(get(urlPathEqualTo("/api/plans")).willReturn(okJson(ApiFixtures.page())));
		API.stubFor(get(urlPathEqualTo("/api/obligations")).willReturn(okJson(ApiFixtures.page())));

		String body = open("/tong-quan", coordinatorToken()).body();

		assertThat(body).contains("Chưa có kế hoạch nào đang có hiệu lực.", "Không có báo cáo nào quá hạn.")
			.doesNotContain("dashboard.js", "<select");
		API.verify(0, getRequestedFor(urlPathEqualTo("/api/reports/completeness")));
	}

	@Test
	void plansThatCannotBeListedAreNoted() {
		API.stubFor(get(urlPathEqualTo("/api/plans")).willReturn(aResponse().withStatus(502)));
		API.stubFor(get(urlPathEqualTo("/api/obligations")).willReturn(okJson(ApiFixtures.page())));

		HttpResponse<String> answer = open("/tong-quan", coordinatorToken());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("Không đọc được danh sách kế hoạch", "Không có báo cáo nào quá hạn.")
			.doesNotContain("Chưa có kế hoạch nào đang có hiệu lực.");
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

	@Test
	void aUnitWhoseInboxIsDownStillSeesItsReports() {
		DashboardFixtures.unit(API);
		API.stubFor(get(urlPathEqualTo("/api/notifications/inbox")).willReturn(aResponse().withStatus(503)));

		HttpResponse<String> answer = open("/tong-quan", officerToken());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("Quá hạn (1)", "Bị trả lại, cần sửa (1)", "Báo cáo tháng 7",
				"Không đọc được hộp thư thông báo (Hệ thống tạm thời không phản hồi")
			.doesNotContain("Không có thông báo mới.");
	}

}
