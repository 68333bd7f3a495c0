package vn.health.console;

import com.github.tomakehurst.wiremock.WireMockServer;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

/** plan-service's answers: one plan in force with a two-level reporting chain (units → CDC → Sở). */
final class PlanFixtures {

	private PlanFixtures() {
	}

	static void search(WireMockServer api) {
		api.stubFor(get(urlPathEqualTo("/api/plans")).willReturn(okJson(ApiFixtures.page("""
				{"id": "kh-12", "status": "ISSUED", "version": 1, "number": "12/KH-SYT",
				 "title": "Kế hoạch truyền thông phòng, chống sốt xuất huyết năm 2024", "year": 2024}"""))));
	}

	static void plan(WireMockServer api) {
		api.stubFor(get(urlEqualTo("/api/plans/kh-12")).willReturn(okJson("""
				{"id": "kh-12", "status": "ISSUED", "version": 2, "number": "12/KH-SYT",
				 "title": "Kế hoạch truyền thông phòng, chống sốt xuất huyết năm 2024", "year": 2024,
				 "issuerUnitId": "syt",
				 "sections": [{"kind": "PURPOSE", "heading": "I. MỤC ĐÍCH, YÊU CẦU", "text": null,
				   "subsections": [{"kind": "OTHER", "heading": "1. Mục đích", "text": "Nâng cao nhận thức của người dân.",
				                    "subsections": []}]}],
				 "assignments": [{"assignmentId": "a1", "assignee": "Trung tâm Y tế các huyện",
				   "task": "Tổ chức truyền thông tại xã.", "resolvedUnitIds": ["ttyt-yen-the"]}],
				 "requirements": [
				   {"requirementId": "cdc-so", "title": "Báo cáo tổng hợp gửi Sở Y tế", "period": "Quý II",
				    "dueDate": "2024-06-25", "dueRule": "END_OF_DAY", "recipientUnitId": "syt",
				    "upstreamRequirementId": "bc-quy-2", "resolvedReporterUnitIds": ["cdc"], "indicators": []},
				   {"requirementId": "bc-quy-2", "title": "Báo cáo kết quả truyền thông quý II", "period": "Quý II",
				    "dueDate": "2024-06-20", "dueRule": "BEFORE_DAY", "recipientUnitId": "cdc",
				    "resolvedReporterUnitIds": ["tyt-dong-tam", "ttyt-yen-the"],
				    "indicators": [{"code": "SO_BUOI", "name": "Số buổi truyền thông", "unit": "buổi"}]}]}""")));
		api.stubFor(get(urlEqualTo("/api/plans/kh-12/versions")).willReturn(okJson("""
				[{"planId": "kh-12", "version": 1, "current": false, "since": "2024-01-10T02:00:00Z", "by": "syt",
				  "reason": null, "changed": []},
				 {"planId": "kh-12", "version": 2, "current": true, "since": "2024-03-01T02:00:00Z", "by": "syt",
				  "reason": "Bổ sung báo cáo tổng hợp", "changed": ["requirements"]}]""")));
	}

	/**
	 * A plan as plan-service shows it, in {@code status}: besides what the console's form shows it has a subsection,
	 * indicators, budget sources, the signer's principal and the date (kept as they are) and the units its
	 * requirement and task resolved to (not a draft's).
	 */
	static String stored(String status) {
		return """
				{"id": "kh-moi", "status": "%s", "version": 1, "number": "15/KH-SYT",
				 "title": "Kế hoạch truyền thông phòng, chống sốt xuất huyết năm 2024", "year": 2024, "kind": "YEARLY",
				 "period": {"from": "2024-01-01", "to": "2024-12-31"}, "issuerUnitId": "syt", "place": "Bắc Giang",
				 "date": {"day": null, "month": null, "year": 2024}, "alertLadder": null,
				 "sections": [{"kind": "OBJECTIVES", "heading": "I. MỤC ĐÍCH", "text": "Nâng cao nhận thức.",
				   "subsections": [{"kind": "OTHER", "heading": "1. Mục đích", "text": null, "subsections": []}]}],
				 "assignments": [{"assignmentId": "a1", "assignee": "Trung tâm Y tế các huyện", "unitIds": [],
				   "unitTypes": ["DISTRICT_HEALTH_CENTRE"], "task": "Tổ chức truyền thông tại xã.",
				   "resolvedUnitIds": ["ttyt-yen-the"]}],
				 "requirements": [{"requirementId": "bc-quy-2", "title": "Báo cáo kết quả truyền thông quý II",
				   "period": "Quý II", "dueDate": "2024-06-20", "dueRule": "BEFORE_DAY", "reporterUnitIds": [],
				   "reporterUnitTypes": ["COMMUNE_HEALTH_STATION"], "recipientUnitId": "cdc", "upstreamRequirementId": null,
				   "resolvedReporterUnitIds": ["tyt-dong-tam"],
				   "indicators": [{"code": "SO_BUOI", "name": "Số buổi truyền thông", "unit": "buổi"}]}],
				 "budget": {"sources": ["Ngân sách sự nghiệp y tế"], "text": null},
				 "signer": {"authority": "KT", "principalTitle": "GIÁM ĐỐC", "title": "Phó Giám đốc",
				   "fullName": "Nguyễn Văn A"},
				 "createdAt": "2024-01-05T02:00:00Z", "warnings": [], "attachments": []}"""
			.formatted(status);
	}

}
