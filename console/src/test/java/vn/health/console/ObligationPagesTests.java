package vn.health.console;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.health.testkit.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.console.ApiFixtures.OBLIGATION;

/** Báo cáo của đơn vị: the list, the submit form (with its checks and the API's refusals) and the returns. */
class ObligationPagesTests extends ConsoleTestSupport {

	private static final String DETAIL = "/api/obligations/" + OBLIGATION;

	@Test
	void theUnitSeesItsOverdueReportWithTheHeaderAndForwardsTheUsersToken() {
		String token = officerToken();
		API.stubFor(get(urlPathEqualTo("/api/obligations")).willReturn(okJson(ApiFixtures.page(ApiFixtures.overdue()))));

		HttpResponse<String> page = open("/bao-cao", token);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Báo cáo của đơn vị", ApiFixtures.COMMUNE_NAME, "Cán bộ đơn vị",
				"Báo cáo kết quả truyền thông quý II", "20/06/2024 00:00", "Quá hạn 5 ngày", "Quá hạn");
		assertThat(page.body()).doesNotContain("Tiếp nhận báo cáo");
		API.verify(getRequestedFor(urlEqualTo("/api/obligations?unit=" + ApiFixtures.COMMUNE + "&page=0&size=50"))
			.withHeader("Authorization", equalTo(TestTokens.bearer(token))));
		API.verify(getRequestedFor(urlPathEqualTo("/api/units")).withHeader("Authorization",
				equalTo(TestTokens.bearer(token))));
	}

	@Test
	void aStatusFilterAsksTheApiForThatStatusAndHtmxGetsOnlyTheTable() {
		API.stubFor(get(urlPathEqualTo("/api/obligations")).willReturn(okJson(ApiFixtures.page())));

		HttpResponse<String> table = open("/bao-cao?trang-thai=RETURNED", officerToken(), "HX-Request", "true");

		assertThat(table.body()).contains("id=\"bang\"", "Không có báo cáo nào ở trạng thái này.")
			.doesNotContain("<header", "<html");
		API.verify(getRequestedFor(urlEqualTo("/api/obligations?unit=" + ApiFixtures.COMMUNE
				+ "&status=RETURNED&page=0&size=50")));
	}

	@Test
	void withoutATokenNoPageIsShown() {
		assertThat(open("/bao-cao", null).statusCode()).isEqualTo(401);
		assertThat(open("/bao-cao", TestTokens.get().expired(ApiFixtures.COMMUNE, "UNIT_OFFICER")).statusCode())
			.isEqualTo(401);
		assertThat(API.getAllServeEvents()).isEmpty();
	}

	@Test
	void theFormAsksForTheTemplatesIndicatorsAndShowsTheHistoryOfReturns() {
		API.stubFor(get(urlEqualTo(DETAIL)).willReturn(okJson(ApiFixtures.returned())));

		String body = open("/bao-cao/" + OBLIGATION, officerToken()).body();

		assertThat(body).contains("Nộp báo cáo", "Số buổi truyền thông (buổi)", "Số người được truyền thông (người)",
				"name=\"chi-so.SO_BUOI\"", "Lịch sử trả lại", "Thiếu số người tham dự ở thôn Đồng Gai",
				"Bị trả lại", ApiFixtures.CDC_NAME, "Nộp trễ 4 ngày 8 giờ");
	}

	@Test
	void aSubmissionGoesToTheApiAsTheUsersUnitWithItsKeyAndToken() {
		String token = officerToken();
		API.stubFor(get(urlEqualTo(DETAIL)).willReturn(okJson(ApiFixtures.overdue())));
		API.stubFor(post(urlEqualTo(DETAIL + "/submissions")).willReturn(okJson(ApiFixtures.submitted()).withStatus(201)));

		HttpResponse<String> answer = postForm("/bao-cao/" + OBLIGATION + "/nop", token, Map.of("key", "khoa-1",
				"narrative", "Đã tổ chức 4 buổi.", "chi-so.SO_BUOI", "4", "chi-so.SO_NGUOI", "1.320,5"));

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValue("/bao-cao/" + OBLIGATION);
		API.verify(postRequestedFor(urlEqualTo(DETAIL + "/submissions"))
			.withHeader("Authorization", equalTo(TestTokens.bearer(token)))
			.withHeader("X-Unit-Id", equalTo(ApiFixtures.COMMUNE))
			.withHeader("Idempotency-Key", equalTo("khoa-1"))
			.withRequestBody(equalToJson("""
					{"narrative": "Đã tổ chức 4 buổi.", "indicators": {"SO_BUOI": 4.0, "SO_NGUOI": 1320.5},
					 "attachments": []}""")));
	}

	@Test
	void aFormWithoutNarrativeOrWithABadFigureIsRefusedHereAndNothingIsSent() {
		API.stubFor(get(urlEqualTo(DETAIL)).willReturn(okJson(ApiFixtures.overdue())));

		HttpResponse<String> page = postForm("/bao-cao/" + OBLIGATION + "/nop", officerToken(),
				Map.of("key", "khoa-2", "narrative", " ", "chi-so.SO_BUOI", "-3"));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Nội dung báo cáo là bắt buộc",
				"Số liệu phải là số không âm, ví dụ 12 hoặc 12,5", "Cần nhập số liệu cho chỉ số này",
				"value=\"-3\"", "value=\"khoa-2\"", "aria-invalid=\"true\"");
		API.verify(0, postRequestedFor(urlPathEqualTo(DETAIL + "/submissions")));
	}

	@Test
	void whatTheApiRefusesIsShownInVietnameseOnTheSameForm() {
		API.stubFor(get(urlEqualTo(DETAIL)).willReturn(okJson(ApiFixtures.overdue())));
		API.stubFor(post(urlEqualTo(DETAIL + "/submissions")).willReturn(ApiFixtures.problem(409, """
				{"type": "urn:problem-type:truyen-thong-y-te:conflict", "status": 409,
				 "title": "Xung đột trạng thái / Conflict",
				 "detail": "Báo cáo đã được nộp, đang chờ duyệt / The report was already submitted"}""")));

		HttpResponse<String> page = postForm("/bao-cao/" + OBLIGATION + "/nop", officerToken(), Map.of("key", "k",
				"narrative", "Nội dung", "chi-so.SO_BUOI", "4", "chi-so.SO_NGUOI", "300"));

		assertThat(page.body()).contains("Xung đột trạng thái", "Báo cáo đã được nộp, đang chờ duyệt",
				"Nội dung</textarea>").doesNotContain("Conflict", "already submitted");
	}

	@Test
	void aFieldProblemOfTheApiGoesNextToItsField() {
		API.stubFor(get(urlEqualTo(DETAIL)).willReturn(okJson(ApiFixtures.overdue())));
		API.stubFor(post(urlEqualTo(DETAIL + "/submissions")).willReturn(ApiFixtures.problem(400, """
				{"status": 400, "title": "Dữ liệu không hợp lệ / Invalid input",
				 "detail": "Yêu cầu có 1 lỗi, không có gì thay đổi. / The request has 1 problem(s); nothing was changed.",
				 "errors": [{"field": "indicators.SO_NGUOI", "message": "Giá trị chỉ số vượt quá dân số của xã",
				             "messageEn": "too large"}]}""")));

		String body = postForm("/bao-cao/" + OBLIGATION + "/nop", officerToken(), Map.of("key", "k", "narrative", "x",
				"chi-so.SO_BUOI", "4", "chi-so.SO_NGUOI", "99999")).body();

		assertThat(body).contains("Dữ liệu không hợp lệ", "Yêu cầu có 1 lỗi, không có gì thay đổi.",
				"id=\"loi-SO_NGUOI\">Giá trị chỉ số vượt quá dân số của xã").doesNotContain("too large");
	}

	@Test
	void anObligationTheApiDoesNotKnowIsAVietnameseNotFoundPage() {
		API.stubFor(get(urlEqualTo("/api/obligations/khong-co")).willReturn(ApiFixtures.problem(404, """
				{"status": 404, "title": "Không tìm thấy / Not found",
				 "detail": "Không có nghĩa vụ báo cáo khong-co / No obligation khong-co"}""")));

		HttpResponse<String> page = open("/bao-cao/khong-co", officerToken());

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("Không thực hiện được yêu cầu", "Không tìm thấy",
				"Không có nghĩa vụ báo cáo khong-co");
	}

}
