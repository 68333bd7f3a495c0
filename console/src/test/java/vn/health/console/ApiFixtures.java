package vn.health.console;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** What the platform's API answers in the tests: a commune station reporting to the CDC on a Bắc Giang-like plan. */
final class ApiFixtures {

	static final String COMMUNE = "tyt-dong-tam";

	static final String CDC = "cdc";

	static final String OBLIGATION = "kh-12.bc-quy-2." + COMMUNE;

	/** Long on purpose: the layout must not break on it. */
	static final String COMMUNE_NAME = "Trạm Y tế xã Đồng Tâm, huyện Yên Thế (sáp nhập từ xã Tam Hiệp và xã Tam Tiến)";

	static final String CDC_NAME = "Trung tâm Kiểm soát bệnh tật tỉnh Bắc Giang";

	static final String PROBLEM_JSON = "application/problem+json";

	private ApiFixtures() {
	}

	static void directory(WireMockServer api) {
		api.stubFor(get(urlPathEqualTo("/api/units")).willReturn(okJson("""
				{"items": [
				  {"id": "%s", "name": "%s", "type": "TYT", "parentId": "ttyt-yen-the"},
				  {"id": "%s", "name": "%s", "type": "CDC", "parentId": "syt"},
				  {"id": "ttyt-yen-the", "name": "Trung tâm Y tế huyện Yên Thế", "type": "TTYT", "parentId": "cdc"}
				], "page": 0, "size": 100, "total": 3}""".formatted(COMMUNE, COMMUNE_NAME, CDC, CDC_NAME))));
	}

	/** The obligation in {@code status}, with {@code submissions} and {@code reviews} as JSON arrays. */
	static String obligation(String status, String submissions, String reviews) {
		return """
				{"id": "%s", "planId": "kh-12", "planVersion": 1, "planNumber": "12/KH-SYT",
				 "planTitle": "Kế hoạch truyền thông phòng, chống sốt xuất huyết năm 2024",
				 "requirementId": "bc-quy-2", "requirementTitle": "Báo cáo kết quả truyền thông quý II",
				 "period": "Quý II",
				 "indicators": [{"code": "SO_BUOI", "name": "Số buổi truyền thông", "unit": "buổi"},
				                {"code": "SO_NGUOI", "name": "Số người được truyền thông", "unit": "người"}],
				 "unitId": "%s", "recipientUnitId": "%s", "dueDate": "2024-06-20", "dueRule": "BEFORE_DAY",
				 "dueAt": "2024-06-19T17:00:00Z", "status": "%s", "submissions": %s, "reviews": %s}"""
			.formatted(OBLIGATION, COMMUNE, CDC, status, submissions, reviews);
	}

	static String overdue() {
		return obligation("OVERDUE", "[]", "[]");
	}

	static final String FIRST_VERSION = """
			[{"version": 1, "narrative": "Đã tổ chức 4 buổi nói chuyện tại các thôn.",
			  "indicators": {"SO_BUOI": 4, "SO_NGUOI": 320}, "attachments": [],
			  "submittedAt": "2024-06-24T01:30:00Z", "late": true, "lateBy": "PT104H30M"}]""";

	static String submitted() {
		return obligation("SUBMITTED", FIRST_VERSION, "[]");
	}

	static String returned() {
		return obligation("RETURNED", FIRST_VERSION, """
				[{"submissionVersion": 1, "decision": "RETURN", "reason": "Thiếu số người tham dự ở thôn Đồng Gai",
				  "reviewerUnitId": "cdc", "decidedAt": "2024-06-24T01:45:00Z"}]""");
	}

	static String page(String... items) {
		return "{\"items\": [" + String.join(",", items) + "], \"page\": 0, \"size\": 50, \"total\": " + items.length
				+ "}";
	}

	static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", PROBLEM_JSON).withBody(body);
	}

}
