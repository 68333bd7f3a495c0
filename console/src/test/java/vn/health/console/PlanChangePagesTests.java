package vn.health.console;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.health.testkit.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static org.assertj.core.api.Assertions.assertThat;

/** Changing a plan: a draft edited in place, a plan in force amended or revoked with a reason, by Sở admins only. */
class PlanChangePagesTests extends ConsoleTestSupport {

	private static final String PLAN = "/api/plans/kh-moi";

	/** The stored draft with the title, the deadline and its rule and the task changed, and nothing else. */
	private static final String EDITED_DRAFT = """
			{"number": "15/KH-SYT", "title": "Kế hoạch truyền thông phòng, chống sốt xuất huyết và Zika năm 2024",
			 "year": 2024, "kind": "YEARLY", "period": {"from": "2024-01-01", "to": "2024-12-31"}, "issuerUnitId": "syt",
			 "place": "Bắc Giang", "date": {"day": null, "month": null, "year": 2024},
			 "sections": [{"kind": "OBJECTIVES", "heading": "I. MỤC ĐÍCH", "text": "Nâng cao nhận thức.",
			   "subsections": [{"kind": "OTHER", "heading": "1. Mục đích", "text": null, "subsections": []}]}],
			 "assignments": [{"assignmentId": "a1", "assignee": "Trung tâm Y tế các huyện", "unitIds": [],
			   "unitTypes": ["DISTRICT_HEALTH_CENTRE"], "task": "Tổ chức truyền thông tại xã và trường học."}],
			 "requirements": [%s],
			 "budget": {"sources": ["Ngân sách sự nghiệp y tế"], "text": null},
			 "signer": {"authority": "KT", "principalTitle": "GIÁM ĐỐC", "title": "Phó Giám đốc",
			   "fullName": "Nguyễn Văn A"}}""";

	/** The stored requirement with its deadline and rule changed: its id and indicators kept. */
	private static final String EDITED_REQUIREMENT = """
			{"requirementId": "bc-quy-2", "title": "Báo cáo kết quả truyền thông quý II",
			 "period": "Quý II", "dueDate": "2024-06-25", "dueRule": "END_OF_DAY", "reporterUnitIds": [],
			 "reporterUnitTypes": ["COMMUNE_HEALTH_STATION"], "recipientUnitId": "cdc", "upstreamRequirementId": null,
			 "indicators": [{"code": "SO_BUOI", "name": "Số buổi truyền thông", "unit": "buổi"}]}""";

	@Test
	void aDraftOpensWithItsFieldsFilledIn() {
		API.stubFor(get(urlEqualTo(PLAN)).willReturn(okJson(PlanFixtures.stored("DRAFT"))));

		String body = open("/ke-hoach/kh-moi/sua", adminToken()).body();

		assertThat(body).contains("Sửa dự thảo kế hoạch", "name=\"title\"",
				"value=\"Kế hoạch truyền thông phòng, chống sốt xuất huyết năm 2024\"", "value=\"15/KH-SYT\"",
				"id=\"requirements-0-dueDate\" name=\"requirements[0].dueDate\" type=\"date\" value=\"2024-06-20\"",
				"<legend>Báo cáo 1</legend>", "Tổ chức truyền thông tại xã.</textarea>",
				"id=\"requirements-0-reporterUnitTypes-COMMUNE_HEALTH_STATION\" checked",
				"id=\"assignments-0-unitTypes-DISTRICT_HEALTH_CENTRE\" checked",
				"<option value=\"OBJECTIVES\" selected=\"selected\">", "value=\"I. MỤC ĐÍCH\"",
				"Nâng cao nhận thức.</textarea>", "<option value=\"KT\" selected=\"selected\">",
				"value=\"Phó Giám đốc\"", "value=\"Nguyễn Văn A\"", "name=\"legalBases[0].title\"",
				"name=\"themes[0].name\"", "name=\"contacts[0].email\"",
				"<input type=\"hidden\" name=\"requirements[0].stored\" value=\"0\">",
				"<input type=\"hidden\" name=\"sections[0].stored\" value=\"0\">",
				"data-confirm=\"Lưu các thay đổi của dự thảo?\">Lưu dự thảo</button>",
				"<button type=\"submit\" name=\"them\" value=\"requirements\">Thêm báo cáo</button>")
			.doesNotContain("Lý do sửa đổi", "name=\"requirements[1].title\"", "legalBases[0].stored");
	}

	@Test
	void aSavedDraftIsThePlanAsStoredWithTheEditedFields() {
		String token = adminToken();
		API.stubFor(get(urlEqualTo(PLAN)).willReturn(okJson(PlanFixtures.stored("DRAFT"))));
		API.stubFor(put(urlEqualTo(PLAN)).willReturn(okJson(PlanFixtures.stored("DRAFT"))));

		HttpResponse<String> answer = postForm("/ke-hoach/kh-moi/sua", token, edited(Map.of()));

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValue("/ke-hoach/kh-moi");
		API.verify(putRequestedFor(urlEqualTo(PLAN)).withHeader("Authorization", equalTo(TestTokens.bearer(token)))
			.withRequestBody(equalToJson(EDITED_DRAFT.formatted(EDITED_REQUIREMENT))));
	}

	@Test
	void theApisProblemsShowNextToTheirFieldsWithWhatWasTyped() {
		API.stubFor(get(urlEqualTo(PLAN)).willReturn(okJson(PlanFixtures.stored("DRAFT"))));
		API.stubFor(put(urlEqualTo(PLAN)).willReturn(ApiFixtures.problem(400, """
				{"status": 400, "title": "Dữ liệu không hợp lệ / Invalid input", "detail": "Yêu cầu có 2 lỗi / 2 problems",
				 "errors": [{"field": "number", "message": "Số, ký hiệu không đúng dạng (ví dụ 91/KH-SYT)", "messageEn": "number"},
				            {"field": "requirements[0].dueDate", "message": "Hạn nộp phải trong năm kế hoạch", "messageEn": "due"}]}""")));

		String body = postForm("/ke-hoach/kh-moi/sua", adminToken(),
				edited(Map.of("number", "15-KH", "requirements[0].dueDate", "2025-01-10"))).body();

		assertThat(body).contains("Dữ liệu không hợp lệ",
				"id=\"number\" name=\"number\" type=\"text\" value=\"15-KH\" aria-invalid=\"true\" aria-describedby=\"loi-number\"",
				"id=\"loi-number\">Số, ký hiệu không đúng dạng (ví dụ 91/KH-SYT)</p>",
				"value=\"2025-01-10\" aria-invalid=\"true\" aria-describedby=\"loi-requirements-0-dueDate\"",
				"id=\"loi-requirements-0-dueDate\">Hạn nộp phải trong năm kế hoạch</p>")
			.doesNotContain("Invalid input");
	}

	@Test
	void aYearThatIsNotAYearIsRefusedHereAndNothingIsSent() {
		API.stubFor(get(urlEqualTo(PLAN)).willReturn(okJson(PlanFixtures.stored("DRAFT"))));

		String body = postForm("/ke-hoach/kh-moi/sua", adminToken(), edited(Map.of("year", "hai nghìn"))).body();

		assertThat(body).contains("id=\"loi-year\">Năm kế hoạch là số có bốn chữ số, ví dụ 2024</p>");
		API.verify(0, putRequestedFor(urlMatching("/api/plans/.*")));
	}

	@Test
	void emptiedRowsAreDroppedAndTheRestKeepWhatTheFormDoesNotShow() {
		API.stubFor(get(urlEqualTo(PLAN)).willReturn(okJson(PlanFixtures.stored("DRAFT"))));
		API.stubFor(put(urlEqualTo(PLAN)).willReturn(ApiFixtures.problem(400, """
				{"status": 400, "title": "Dữ liệu không hợp lệ / Invalid input", "detail": "Yêu cầu có 1 lỗi / 1 problem",
				 "errors": [{"field": "requirements[0].dueDate", "message": "Hạn nộp phải trong năm kế hoạch",
				             "messageEn": "due"}]}""")));
		Map<String, String> form = edited(Map.of("sections[0].heading", "", "sections[0].text", "",
				"legalBases[0].title", "Chủ đề điều hành năm 2024", "themes[0].name", "Ngày ASEAN phòng chống sốt xuất huyết",
				"themes[0].timing", "15/6", "budget.text", "Từ nguồn ngân sách sự nghiệp y tế năm 2024.",
				"signer.authority", ""));
		Map<String, String> moved = new LinkedHashMap<>();
		form.forEach((field, value) -> moved.put(field.replace("requirements[0]", "requirements[1]"), value));
		moved.putAll(Map.of("requirements[0].title", "", "requirements[0].dueDate", "", "requirements[0].dueRule",
				"BEFORE_DAY"));

		String body = postForm("/ke-hoach/kh-moi/sua", adminToken(), moved).body();

		API.verify(putRequestedFor(urlEqualTo(PLAN)).withRequestBody(equalToJson("""
				{"number": "15/KH-SYT", "title": "Kế hoạch truyền thông phòng, chống sốt xuất huyết và Zika năm 2024",
				 "year": 2024, "kind": "YEARLY", "period": {"from": "2024-01-01", "to": "2024-12-31"},
				 "issuerUnitId": "syt", "place": "Bắc Giang", "date": {"day": null, "month": null, "year": 2024},
				 "legalBases": [{"number": null, "date": null, "issuer": null, "title": "Chủ đề điều hành năm 2024"}],
				 "assignments": [{"assignmentId": "a1", "assignee": "Trung tâm Y tế các huyện", "unitIds": [],
				   "unitTypes": ["DISTRICT_HEALTH_CENTRE"], "task": "Tổ chức truyền thông tại xã và trường học."}],
				 "requirements": [%s],
				 "themes": [{"name": "Ngày ASEAN phòng chống sốt xuất huyết", "timing": "15/6"}],
				 "budget": {"sources": ["Ngân sách sự nghiệp y tế"], "text": "Từ nguồn ngân sách sự nghiệp y tế năm 2024."},
				 "signer": {"authority": null, "principalTitle": "GIÁM ĐỐC", "title": "Phó Giám đốc",
				   "fullName": "Nguyễn Văn A"}}""".formatted(EDITED_REQUIREMENT))));
		assertThat(body).contains("id=\"loi-requirements-0-dueDate\">Hạn nộp phải trong năm kế hoạch</p>",
				"value=\"2024-06-25\" aria-invalid=\"true\"",
				"<input type=\"hidden\" name=\"requirements[0].stored\" value=\"0\">")
			.doesNotContain("name=\"requirements[1].title\"", "sections[0].stored", "value=\"I. MỤC ĐÍCH\"");
	}

	@Test
	void addingARowKeepsWhatWasTypedAsksNothingAndSendsNothing() {
		API.stubFor(get(urlEqualTo(PLAN)).willReturn(okJson(PlanFixtures.stored("ISSUED"))));

		String body = postForm("/ke-hoach/kh-moi/sua", adminToken(),
				edited(Map.of("them", "requirements", "reason", "Bổ sung báo cáo quý III"))).body();

		assertThat(body).contains("value=\"Kế hoạch truyền thông phòng, chống sốt xuất huyết và Zika năm 2024\"",
				"<legend>Báo cáo 2</legend>", "name=\"requirements[1].title\"",
				"<input type=\"hidden\" name=\"requirements[0].stored\" value=\"0\">",
				"Bổ sung báo cáo quý III</textarea>",
				"<button type=\"submit\" name=\"them\" value=\"requirements\">Thêm báo cáo</button>")
			.doesNotContain("name=\"requirements[2].title\"", "requirements[1].stored", "field-error");
		API.verify(0, postRequestedFor(urlMatching("/api/plans/.*")));
	}

	@Test
	void anAmendmentNeedsAReasonAndSendsTheWholePlanAsItWillRead() {
		String token = adminToken();
		API.stubFor(get(urlEqualTo(PLAN)).willReturn(okJson(PlanFixtures.stored("ISSUED"))));
		API.stubFor(post(urlEqualTo(PLAN + "/amendments")).willReturn(okJson(PlanFixtures.stored("ISSUED")
			.replace("\"version\": 1", "\"version\": 2"))));

		String refused = postForm("/ke-hoach/kh-moi/sua", token, edited(Map.of())).body();
		HttpResponse<String> amended = postForm("/ke-hoach/kh-moi/sua", token,
				edited(Map.of("reason", "Theo Công văn 512/SYT-NVY bổ sung Zika")));

		assertThat(refused).contains("Sửa đổi, bổ sung kế hoạch", "Lý do sửa đổi (bắt buộc)",
				"id=\"loi-reason\">Cần ghi lý do sửa đổi, ví dụ văn bản yêu cầu sửa đổi</p>");
		assertThat(amended.statusCode()).isEqualTo(302);
		API.verify(1, postRequestedFor(urlEqualTo(PLAN + "/amendments"))
			.withHeader("Authorization", equalTo(TestTokens.bearer(token)))
			.withRequestBody(equalToJson("{\"reason\": \"Theo Công văn 512/SYT-NVY bổ sung Zika\", \"plan\": "
					+ EDITED_DRAFT.formatted(EDITED_REQUIREMENT) + "}")));
	}

	@Test
	void aRevocationNeedsAReasonAndTheApisRefusalIsShown() {
		String token = adminToken();
		API.stubFor(get(urlEqualTo(PLAN)).willReturn(okJson(PlanFixtures.stored("ISSUED"))));
		API.stubFor(post(urlEqualTo(PLAN + "/revoke")).willReturn(ApiFixtures.problem(409, """
				{"status": 409, "title": "Xung đột trạng thái / Conflict",
				 "detail": "Chỉ thu hồi được kế hoạch đang có hiệu lực (đã ban hành) / Only an issued plan in force can be revoked"}""")));

		String page = open("/ke-hoach/kh-moi/thu-hoi", token).body();
		String withoutReason = postForm("/ke-hoach/kh-moi/thu-hoi", token, Map.of("reason", "  ")).body();
		API.verify(0, postRequestedFor(urlEqualTo(PLAN + "/revoke")));
		String refused = postForm("/ke-hoach/kh-moi/thu-hoi", token, Map.of("reason", "Kế hoạch ban hành nhầm")).body();

		assertThat(page).contains("Thu hồi kế hoạch 15/KH-SYT", "data-confirm=\"Thu hồi kế hoạch 15/KH-SYT? Việc này không hoàn tác được.\"");
		assertThat(withoutReason).contains("id=\"loi-reason\">Cần ghi lý do thu hồi để các đơn vị biết vì sao kế hoạch hết hiệu lực</p>");
		assertThat(refused).contains("Chỉ thu hồi được kế hoạch đang có hiệu lực (đã ban hành)", "Kế hoạch ban hành nhầm</textarea>");
		API.verify(postRequestedFor(urlEqualTo(PLAN + "/revoke")).withHeader("Authorization", equalTo(TestTokens.bearer(token)))
			.withRequestBody(equalToJson("{\"reason\": \"Kế hoạch ban hành nhầm\"}")));
	}

	@Test
	void anIssueTheApiRefusesIsExplainedOnThePlansPage() {
		String token = adminToken();
		API.stubFor(get(urlEqualTo(PLAN)).willReturn(okJson(PlanFixtures.stored("DRAFT"))));
		API.stubFor(get(urlEqualTo(PLAN + "/versions")).willReturn(okJson("[]")));
		API.stubFor(post(urlEqualTo(PLAN + "/issue")).willReturn(ApiFixtures.problem(400, """
				{"status": 400, "title": "Dữ liệu không hợp lệ / Invalid input", "detail": "Yêu cầu có 1 lỗi / 1 problem",
				 "errors": [{"field": "number", "message": "Số 15/KH-SYT đã được dùng cho một kế hoạch khác của cùng đơn vị trong năm 2024",
				             "messageEn": "taken"}]}""")));

		HttpResponse<String> answer = postForm("/ke-hoach/kh-moi/ban-hanh", token, Map.of());
		String session = answer.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		String page = open("/ke-hoach/kh-moi", token, "Cookie", session).body();

		assertThat(answer.headers().firstValue("Location")).hasValue("/ke-hoach/kh-moi");
		assertThat(page).contains("Dữ liệu không hợp lệ",
				"Số 15/KH-SYT đã được dùng cho một kế hoạch khác của cùng đơn vị trong năm 2024", "Dự thảo · phiên bản 1")
			.doesNotContain("Đã ban hành kế hoạch");
	}

	@Test
	void onlyProvinceAdminsSeeAndUseTheChanges() {
		PlanFixtures.plan(API);
		API.stubFor(get(urlEqualTo(PLAN)).willReturn(okJson(PlanFixtures.stored("ISSUED"))));

		String admin = open("/ke-hoach/kh-12", adminToken()).body();
		String coordinator = open("/ke-hoach/kh-12", coordinatorToken()).body();

		assertThat(admin).contains("href=\"/ke-hoach/kh-12/sua\">Sửa đổi, bổ sung</a>", "href=\"/ke-hoach/kh-12/thu-hoi\"");
		assertThat(coordinator).doesNotContain("/ke-hoach/kh-12/sua", "/ke-hoach/kh-12/thu-hoi");
		assertThat(open("/ke-hoach/kh-moi/sua", coordinatorToken()).statusCode()).isEqualTo(403);
		assertThat(postForm("/ke-hoach/kh-moi/sua", officerToken(), edited(Map.of())).statusCode()).isEqualTo(403);
		assertThat(postForm("/ke-hoach/kh-moi/thu-hoi", coordinatorToken(), Map.of("reason", "x")).statusCode())
			.isEqualTo(403);
		API.verify(0, postRequestedFor(urlMatching("/api/plans/.*")));
		API.verify(0, putRequestedFor(urlMatching("/api/plans/.*")));
	}

	/** The form as the page sends it for the stored plan, with the title, deadline, its rule and task changed. */
	private static Map<String, String> edited(Map<String, String> changes) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("number", "15/KH-SYT");
		form.put("title", "Kế hoạch truyền thông phòng, chống sốt xuất huyết và Zika năm 2024");
		form.put("year", "2024");
		form.put("place", "Bắc Giang");
		form.put("kind", "YEARLY");
		form.put("period.from", "2024-01-01");
		form.put("period.to", "2024-12-31");
		for (String field : List.of("number", "date", "issuer", "title")) {
			form.put("legalBases[0]." + field, "");
		}
		form.put("sections[0].kind", "OBJECTIVES");
		form.put("sections[0].heading", "I. MỤC ĐÍCH");
		form.put("sections[0].text", "Nâng cao nhận thức.");
		form.put("requirements[0].title", "Báo cáo kết quả truyền thông quý II");
		form.put("requirements[0].period", "Quý II");
		form.put("requirements[0].dueDate", "2024-06-25");
		form.put("requirements[0].dueRule", "END_OF_DAY");
		form.put("requirements[0].reporterUnitTypes", "COMMUNE_HEALTH_STATION");
		form.put("assignments[0].assignee", "Trung tâm Y tế các huyện");
		form.put("assignments[0].task", "Tổ chức truyền thông tại xã và trường học.");
		form.put("assignments[0].unitTypes", "DISTRICT_HEALTH_CENTRE");
		form.put("themes[0].name", "");
		form.put("themes[0].timing", "");
		form.put("recipients[0].name", "");
		form.put("budget.text", "");
		form.put("signer.authority", "KT");
		form.put("signer.title", "Phó Giám đốc");
		form.put("signer.fullName", "Nguyễn Văn A");
		for (String field : List.of("name", "role", "phone", "email")) {
			form.put("contacts[0]." + field, "");
		}
		form.put("sections[0].stored", "0");
		form.put("requirements[0].stored", "0");
		form.put("assignments[0].stored", "0");
		form.putAll(changes);
		return form;
	}

}
