package vn.health.console;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** The API's answers behind the overview. */
final class DashboardFixtures {

	private DashboardFixtures() {
	}

	static void province(WireMockServer api) {
		api.stubFor(get(urlPathEqualTo("/api/plans")).willReturn(okJson(ApiFixtures.page("""
				{"id": "kh-12", "status": "ISSUED", "version": 1, "number": "12/KH-SYT",
				 "title": "Kế hoạch truyền thông phòng, chống sốt xuất huyết năm 2024", "year": 2024}""", """
				{"id": "kh-7", "status": "ISSUED", "version": 2, "number": "7/KH-SYT",
				 "title": "Kế hoạch truyền thông an toàn thực phẩm năm 2024", "year": 2024}"""))));
		api.stubFor(get(urlPathEqualTo("/api/reports/completeness")).willReturn(okJson("""
				{"planId": "kh-12", "expected": 6, "submitted": 4, "submittedOnTime": 3, "submittedLate": 1,
				 "missing": 2, "completenessPercent": 66.7, "timelinessPercent": 50.0,
				 "byPeriod": {
				   "6 tháng": {"expected": 0, "submitted": 0, "submittedOnTime": 0, "submittedLate": 0, "missing": 0,
				             "completenessPercent": null, "timelinessPercent": null, "missingUnitIds": []},
				   "Quý I": {"expected": 3, "submitted": 3, "submittedOnTime": 3, "submittedLate": 0, "missing": 0,
				             "completenessPercent": 100.0, "timelinessPercent": 100.0, "missingUnitIds": []},
				   "Quý II": {"expected": 3, "submitted": 1, "submittedOnTime": 0, "submittedLate": 1, "missing": 2,
				              "completenessPercent": 33.3, "timelinessPercent": 0.0,
				              "missingUnitIds": ["tyt-dong-tam", "ttyt-yen-the"]}}}""")));
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

	private static void stubStatus(WireMockServer api, String status, String obligation) {
		api.stubFor(get(urlPathEqualTo("/api/obligations")).withQueryParam("status", equalTo(status))
			.willReturn(okJson(ApiFixtures.page(obligation))));
	}

}
