package vn.health.console;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.health.testkit.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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

/** Tiếp nhận báo cáo: the recipient's queue, accept or return with a reason, the consolidation and its .xlsx. */
class ReviewPagesTests extends ConsoleTestSupport {

	private static final String DETAIL = "/api/obligations/" + OBLIGATION;

	private static final String CONSOLIDATED = "/api/reports/consolidated?plan=kh-12&requirement=bc-quy-2";

	@Test
	void theQueueListsWhatWasSentToTheCoordinatorsUnitOnly() {
		String token = coordinatorToken();
		String otherRecipient = ApiFixtures.submitted().replace("\"recipientUnitId\": \"cdc\"",
				"\"recipientUnitId\": \"ttyt-khac\"").replace("quý II", "gửi nơi khác");
		API.stubFor(get(urlPathEqualTo("/api/obligations"))
			.willReturn(okJson(ApiFixtures.page(ApiFixtures.submitted(), otherRecipient))));

		String body = open("/tiep-nhan", token).body();

		assertThat(body).contains("Tiếp nhận báo cáo", "1 báo cáo chờ duyệt", ApiFixtures.COMMUNE_NAME,
				"Báo cáo kết quả truyền thông quý II", "Điều phối tiếp nhận báo cáo", ApiFixtures.CDC_NAME,
				"Xem tổng hợp").doesNotContain("gửi nơi khác");
		API.verify(getRequestedFor(urlEqualTo("/api/obligations?status=SUBMITTED&page=0&size=100"))
			.withHeader("Authorization", equalTo(TestTokens.bearer(token))));
	}

	@Test
	void aUnitOfficerHasNoReviewQueue() {
		HttpResponse<String> page = open("/tiep-nhan", officerToken());

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Vai trò của bạn không được phép thực hiện thao tác này");
	}

	@Test
	void theReviewPageShowsTheFiguresByTheirTemplateNames() {
		API.stubFor(get(urlEqualTo(DETAIL)).willReturn(okJson(ApiFixtures.submitted())));

		String body = open("/tiep-nhan/" + OBLIGATION, coordinatorToken()).body();

		assertThat(body).contains("Phiên bản 1 · nộp lúc 24/06/2024 08:30", "Số người được truyền thông (người)",
				"320", "Đã tổ chức 4 buổi nói chuyện tại các thôn.", "Trả lại", "Duyệt");
	}

	@Test
	void aReturnNeedsAReasonAndNothingIsSentWithoutOne() {
		API.stubFor(get(urlEqualTo(DETAIL)).willReturn(okJson(ApiFixtures.submitted())));

		HttpResponse<String> page = postForm("/tiep-nhan/" + OBLIGATION + "/duyet", coordinatorToken(),
				Map.of("decision", "RETURN", "reason", "   "));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Cần ghi lý do trả lại để đơn vị biết phải sửa gì");
		API.verify(0, postRequestedFor(urlPathEqualTo(DETAIL + "/review")));
	}

	@Test
	void aReturnWithItsReasonGoesToTheApiAsTheRecipientUnit() {
		String token = coordinatorToken();
		API.stubFor(post(urlEqualTo(DETAIL + "/review")).willReturn(okJson(ApiFixtures.returned())));

		HttpResponse<String> answer = postForm("/tiep-nhan/" + OBLIGATION + "/duyet", token,
				Map.of("decision", "RETURN", "reason", "Thiếu số người tham dự ở thôn Đồng Gai"));

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValue("/tiep-nhan");
		API.verify(postRequestedFor(urlEqualTo(DETAIL + "/review"))
			.withHeader("Authorization", equalTo(TestTokens.bearer(token)))
			.withHeader("X-Unit-Id", equalTo(ApiFixtures.CDC))
			.withRequestBody(equalToJson("""
					{"decision": "RETURN", "reason": "Thiếu số người tham dự ở thôn Đồng Gai"}""")));
	}

	@Test
	void aDecisionTheApiRefusesIsShownInVietnamese() {
		API.stubFor(get(urlEqualTo(DETAIL)).willReturn(okJson(ApiFixtures.submitted())));
		API.stubFor(post(urlEqualTo(DETAIL + "/review")).willReturn(ApiFixtures.problem(403, """
				{"status": 403, "title": "Không có quyền / Forbidden",
				 "detail": "Đơn vị cdc không phải nơi nhận báo cáo này / Unit cdc is not this report's recipient"}""")));

		String body = postForm("/tiep-nhan/" + OBLIGATION + "/duyet", coordinatorToken(),
				Map.of("decision", "ACCEPT")).body();

		assertThat(body).contains("Không có quyền", "Đơn vị cdc không phải nơi nhận báo cáo này")
			.doesNotContain("recipient");
	}

	@Test
	void theConsolidationShowsTotalsAndTheMissingUnits() {
		API.stubFor(get(urlEqualTo(CONSOLIDATED)).willReturn(okJson("""
				{"planId": "kh-12", "requirementId": "bc-quy-2", "recipientUnitId": "cdc", "expected": 3,
				 "reports": [{"unitId": "tyt-dong-tam", "status": "ACCEPTED", "version": 1,
				              "submittedAt": "2024-06-24T01:30:00Z", "lateBy": "PT104H30M",
				              "indicators": {"SO_BUOI": 4, "SO_NGUOI": 1320.5}}],
				 "columns": [{"code": "SO_BUOI", "name": "Số buổi truyền thông", "unit": "buổi", "total": 4},
				             {"code": "SO_NGUOI", "name": "Số người được truyền thông", "unit": "người", "total": 1320.5}],
				 "accepted": 1, "totals": {"SO_BUOI": 4, "SO_NGUOI": 1320.5},
				 "missing": [{"unitId": "ttyt-yen-the", "status": "OVERDUE", "dueAt": "2024-06-19T17:00:00Z"}]}""")));

		String body = open("/tiep-nhan/tong-hop?ke-hoach=kh-12&yeu-cau=bc-quy-2", coordinatorToken()).body();

		assertThat(body).contains("Đã duyệt 1/3 đơn vị · còn thiếu 1 đơn vị", "Số người được truyền thông (người)",
				"1.320,5", "Tổng cộng", "Đơn vị chưa nộp", "Trung tâm Y tế huyện Yên Thế", "Quá hạn",
				"/tiep-nhan/tong-hop.xlsx?ke-hoach=kh-12&amp;yeu-cau=bc-quy-2");
	}

	@Test
	void theExportIsTheApisWorkbookAskedForByItsMediaType() {
		byte[] workbook = { 'P', 'K', 3, 4, 1, 2 };
		API.stubFor(get(urlEqualTo(CONSOLIDATED)).withHeader("Accept", equalTo(
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.willReturn(aResponse().withHeader("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").withBody(workbook)));

		HttpResponse<String> answer = open("/tiep-nhan/tong-hop.xlsx?ke-hoach=kh-12&yeu-cau=bc-quy-2",
				coordinatorToken());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"bao-cao-tong-hop-kh-12.xlsx\"");
		assertThat(answer.body().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)).hasSize(workbook.length);
	}

}
