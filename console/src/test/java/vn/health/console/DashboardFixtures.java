package vn.health.console;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/**
 * The API's answers behind the overview: plan kh-12 sends two quarterly reports to the CDC (units → CDC) and one
 * from the CDC to the Sở (CDC → Sở); the whole plan's rates per period and per district for the Sở (Yên Thế's
 * communes behind, Tân Yên's complete, nothing expected at the province level), each report's for the CDC.
 */
final class DashboardFixtures {

	static final String FORBIDDEN = """
			{"status": 403, "title": "Không có quyền / Forbidden",
			 "detail": "Bạn không được xem dữ liệu của đơn vị syt / You may not read unit syt"}""";

	private DashboardFixtures() {
	}

	static void province(WireMockServer api) {
		api.stubFor(get(urlPathEqualTo("/api/plans")).willReturn(okJson(ApiFixtures.page("""
				{"id": "kh-12", "status": "ISSUED", "version": 1, "number": "12/KH-SYT",
				 "title": "Kế hoạch truyền thông phòng, chống sốt xuất huyết năm 2024", "year": 2024}""", """
				{"id": "kh-7", "status": "ISSUED", "version": 2, "number": "7/KH-SYT",
				 "title": "Kế hoạch truyền thông an toàn thực phẩm năm 2024", "year": 2024}"""))));
		api.stubFor(get(urlPathEqualTo("/api/reports/completeness")).withQueryParam("requirement", absent())
			.willReturn(okJson("""
					{"planId": "kh-12", "expected": 6, "submitted": 4, "submittedOnTime": 3, "submittedLate": 1,
					 "missing": 2, "completenessPercent": 66.7, "timelinessPercent": 50.0,
					 "missingUnitIds": ["tyt-dong-tam", "ttyt-yen-the"],
					 "byPeriod": {
					   "6 tháng": {"expected": 0, "submitted": 0, "submittedOnTime": 0, "submittedLate": 0, "missing": 0,
					             "completenessPercent": null, "timelinessPercent": null, "missingUnitIds": []},
					   "Quý I": {"expected": 3, "submitted": 3, "submittedOnTime": 3, "submittedLate": 0, "missing": 0,
					             "completenessPercent": 100.0, "timelinessPercent": 100.0, "missingUnitIds": []},
					   "Quý II": {"expected": 3, "submitted": 1, "submittedOnTime": 0, "submittedLate": 1, "missing": 2,
					              "completenessPercent": 33.3, "timelinessPercent": 0.0,
					              "missingUnitIds": ["tyt-dong-tam", "ttyt-yen-the"]}},
					 "byDistrict": {
					   "PROVINCE": {"unitId": null, "name": null, "expected": 0, "submitted": 0, "submittedOnTime": 0,
					                "submittedLate": 0, "missing": 0, "completenessPercent": null,
					                "timelinessPercent": null, "missingUnitIds": []},
					   "ttyt-tan-yen": {"unitId": "ttyt-tan-yen", "name": "Trung tâm Y tế huyện Tân Yên", "expected": 2,
					                    "submitted": 2, "submittedOnTime": 2, "submittedLate": 0, "missing": 0,
					                    "completenessPercent": 100.0, "timelinessPercent": 100.0, "missingUnitIds": []},
					   "ttyt-yen-the": {"unitId": "ttyt-yen-the", "name": "Trung tâm Y tế huyện Yên Thế", "expected": 4,
					                    "submitted": 2, "submittedOnTime": 1, "submittedLate": 1, "missing": 2,
					                    "completenessPercent": 50.0, "timelinessPercent": 25.0,
					                    "missingUnitIds": ["tyt-dong-tam", "ttyt-yen-the"]}}}""")));
		api.stubFor(get(urlEqualTo("/api/plans/kh-12")).willReturn(okJson("""
				{"id": "kh-12", "status": "ISSUED", "version": 1, "number": "12/KH-SYT",
				 "title": "Kế hoạch truyền thông phòng, chống sốt xuất huyết năm 2024", "year": 2024,
				 "issuerUnitId": "syt",
				 "requirements": [
				   {"requirementId": "cdc-so", "title": "Báo cáo tổng hợp gửi Sở Y tế", "period": "Quý II",
				    "dueDate": "2024-06-25", "dueRule": "END_OF_DAY", "recipientUnitId": "syt",
				    "upstreamRequirementId": "bc-quy-2", "resolvedReporterUnitIds": ["cdc"]},
				   {"requirementId": "bc-quy-2", "title": "Báo cáo kết quả truyền thông quý II", "period": "Quý II",
				    "dueDate": "2024-06-20", "dueRule": "BEFORE_DAY", "recipientUnitId": "cdc",
				    "resolvedReporterUnitIds": ["tyt-dong-tam", "ttyt-yen-the", "tyt-tam-hiep"]},
				   {"requirementId": "bc-quy-1", "title": "Báo cáo kết quả truyền thông quý I", "period": "Quý I",
				    "dueDate": "2024-03-20", "dueRule": "BEFORE_DAY", "recipientUnitId": "cdc",
				    "resolvedReporterUnitIds": ["tyt-dong-tam", "ttyt-yen-the", "tyt-tam-hiep"]}]}""")));
		stubRequirement(api, "bc-quy-1", """
				{"planId": "kh-12", "expected": 3, "submitted": 3, "submittedOnTime": 3, "submittedLate": 0,
				 "missing": 0, "completenessPercent": 100.0, "timelinessPercent": 100.0, "missingUnitIds": []}""");
		stubRequirement(api, "bc-quy-2", """
				{"planId": "kh-12", "expected": 3, "submitted": 1, "submittedOnTime": 0, "submittedLate": 1,
				 "missing": 2, "completenessPercent": 33.3, "timelinessPercent": 0.0,
				 "missingUnitIds": ["tyt-dong-tam", "ttyt-yen-the"]}""");
		String otherRecipient = ApiFixtures.overdue()
			.replace("\"recipientUnitId\": \"cdc\"", "\"recipientUnitId\": \"ttyt-khac\"")
			.replace("quý II", "gửi nơi khác");
		api.stubFor(get(urlPathEqualTo("/api/obligations")).withQueryParam("status", equalTo("OVERDUE"))
			.willReturn(okJson(ApiFixtures.page(ApiFixtures.overdue(), otherRecipient))));
	}

	static void unit(WireMockServer api) {
		String next = ApiFixtures.obligation("OPEN", "[]", "[]")
			.replace("Báo cáo kết quả truyền thông quý II", "Báo cáo tháng 7")
			.replace("2024-06-19T17:00:00Z", "2024-07-14T17:00:00Z");
		stubStatus(api, "OPEN", next);
		stubStatus(api, "OVERDUE", ApiFixtures.overdue());
		stubStatus(api, "RETURNED", ApiFixtures.returned());
		api.stubFor(get(urlPathEqualTo("/api/notifications/inbox")).willReturn(okJson(ApiFixtures.page("""
				{"id": "n1", "unitId": "tyt-dong-tam", "title": "Báo cáo quý II đã quá hạn",
				 "body": "Đơn vị chưa nộp báo cáo kết quả truyền thông quý II.", "createdAt": "2024-06-20T01:00:00Z",
				 "read": false}""", """
				{"id": "n0", "unitId": "tyt-dong-tam", "title": "Thông báo đã đọc", "body": "Cũ",
				 "createdAt": "2024-06-10T01:00:00Z", "read": true}"""))));
	}

	private static void stubRequirement(WireMockServer api, String requirementId, String rates) {
		api.stubFor(get(urlPathEqualTo("/api/reports/completeness")).withQueryParam("plan", equalTo("kh-12"))
			.withQueryParam("requirement", equalTo(requirementId))
			.willReturn(okJson(rates)));
	}

	private static void stubStatus(WireMockServer api, String status, String obligation) {
		api.stubFor(get(urlPathEqualTo("/api/obligations")).withQueryParam("status", equalTo(status))
			.willReturn(okJson(ApiFixtures.page(obligation))));
	}

}
