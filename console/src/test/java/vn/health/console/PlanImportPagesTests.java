package vn.health.console;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.health.testkit.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Nhập kế hoạch: upload → fields, findings and source side by side → save the draft (complete or not) → issue. */
class PlanImportPagesTests extends ConsoleTestSupport {

	private static final String DOCUMENT = "KẾ HOẠCH\nTruyền thông phòng, chống sốt xuất huyết năm 2024\n";

	private static final String DRAFT = """
			{"number": "/KH-SYT", "title": "Truyền thông phòng, chống sốt xuất huyết năm 2024", "year": 2024,
			 "place": "Bắc Giang", "assignments": [], "requirements": [{"title": "Báo cáo quý II"}]}""";

	private static final String IMPORTED = """
			{"draft": %s,
			 "findings": [{"severity": "ERROR", "field": "number", "message": "Kế hoạch chưa có số",
			               "messageEn": "no number", "line": 1, "text": "KẾ HOẠCH"}],
			 "fields": [], "source": {"fileName": "ke-hoach.txt", "contentType": "text/plain",
			 "lines": ["KẾ HOẠCH", "Truyền thông phòng, chống sốt xuất huyết năm 2024"]}}""".formatted(DRAFT);

	@Test
	void theUploadedDocumentIsReadByTheApiAndShownWithItsFindings() {
		String token = adminToken();
		API.stubFor(post(urlEqualTo("/api/plans/import")).willReturn(okJson(IMPORTED)));

		HttpResponse<String> page = upload(token, "ke-hoach.txt", DOCUMENT);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Thông tin trích xuất", "Truyền thông phòng, chống sốt xuất huyết năm 2024",
				"1 yêu cầu báo cáo", "Cần xem lại (<span>1</span>)", "Kế hoạch chưa có số", "Dòng 1: KẾ HOẠCH",
				"class=\"flagged\">KẾ HOẠCH</li>", "Văn bản gốc", "Lưu dự thảo").doesNotContain("no number");
		API.verify(postRequestedFor(urlEqualTo("/api/plans/import"))
			.withHeader("Authorization", equalTo(TestTokens.bearer(token)))
			.withRequestBodyPart(aMultipart("file").withBody(binaryEqualTo(DOCUMENT.getBytes(StandardCharsets.UTF_8)))
				.build()));
	}

	@Test
	void withoutAFileNothingIsSent() {
		HttpResponse<String> page = upload(adminToken(), "rong.txt", "");

		assertThat(page.body()).contains("Hãy chọn tệp kế hoạch (.docx, .pdf, .html hoặc .txt)");
		API.verify(0, postRequestedFor(urlEqualTo("/api/plans/import")));
	}

	@Test
	void aFileTheApiCannotReadIsExplainedInVietnamese() {
		API.stubFor(post(urlEqualTo("/api/plans/import")).willReturn(ApiFixtures.problem(415, """
				{"status": 415, "title": "Loại tệp không được hỗ trợ / Unsupported media type",
				 "detail": "Chỉ nhận .txt, .html, .docx, .pdf / Only .txt, .html, .docx, .pdf", "reason": "UNSUPPORTED_TYPE"}""")));

		String body = upload(adminToken(), "anh.png", "PNG").body();

		assertThat(body).contains("Loại tệp không được hỗ trợ", "Chỉ nhận .txt, .html, .docx, .pdf")
			.doesNotContain("Unsupported");
	}

	@Test
	void theDraftIsSavedAsReadAndTheAdminLandsOnIt() {
		String token = adminToken();
		API.stubFor(post(urlEqualTo("/api/plans")).willReturn(okJson(draftPlan()).withStatus(201)));

		HttpResponse<String> answer = postForm("/ke-hoach/nhap/luu", token, Map.of("draft", DRAFT, "result", IMPORTED));

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValue("/ke-hoach/kh-moi");
		API.verify(postRequestedFor(urlEqualTo("/api/plans")).withHeader("Authorization", equalTo(TestTokens.bearer(token)))
			.withRequestBody(equalToJson(DRAFT)));
	}

	@Test
	void aDraftWithoutItsDeadlinesIsSavedAndOpensInItsFormSayingWhatToComplete() {
		String token = adminToken();
		API.stubFor(post(urlEqualTo("/api/plans")).willReturn(okJson(undatedDraftPlan()).withStatus(201)));
		API.stubFor(get(urlEqualTo("/api/plans/kh-moi")).willReturn(okJson(undatedDraftPlan())));

		HttpResponse<String> answer = postForm("/ke-hoach/nhap/luu", token, Map.of("draft", DRAFT, "result", IMPORTED));
		String session = answer.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		String form = open("/ke-hoach/kh-moi/sua", token, "Cookie", session).body();

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValue("/ke-hoach/kh-moi/sua");
		assertThat(form).contains("Sửa dự thảo kế hoạch",
				"Đã lưu dự thảo. Trước khi ban hành cần bổ sung 1 điểm (danh sách bên dưới)",
				"Cần bổ sung trước khi ban hành", "data-field=\"requirements[0].dueDate\"",
				"Báo cáo 1 “Báo cáo quý II”: chưa có hạn nộp");
	}

	@Test
	void aDraftsPageListsWhatIsMissingAndARefusedIssueNamesIt() {
		String token = adminToken();
		API.stubFor(get(urlEqualTo("/api/plans/kh-moi")).willReturn(okJson(undatedDraftPlan())));
		API.stubFor(get(urlEqualTo("/api/plans/kh-moi/versions")).willReturn(okJson("[]")));
		API.stubFor(post(urlEqualTo("/api/plans/kh-moi/issue")).willReturn(ApiFixtures.problem(422, """
				{"status": 422, "title": "Kế hoạch chưa đủ thông tin để ban hành / Plan is incomplete",
				 "detail": "Còn 1 điểm phải bổ sung trước khi ban hành; kế hoạch chưa thay đổi / 1 item(s) must be completed",
				 "errors": [{"field": "requirements[0].dueDate", "message": "Báo cáo 1 “Báo cáo quý II”: chưa có hạn nộp",
				             "messageEn": "Report 1: no due date"}]}""")));

		String page = open("/ke-hoach/kh-moi", token).body();
		HttpResponse<String> answer = postForm("/ke-hoach/kh-moi/ban-hanh", token, Map.of());
		String session = answer.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		String refused = open("/ke-hoach/kh-moi", token, "Cookie", session).body();

		assertThat(page).contains("Cần bổ sung trước khi ban hành", "Báo cáo 1 “Báo cáo quý II”: chưa có hạn nộp",
				"Chưa có hạn nộp", "Ban hành");
		assertThat(refused).contains("Kế hoạch chưa đủ thông tin để ban hành",
				"Còn 1 điểm phải bổ sung trước khi ban hành; kế hoạch chưa thay đổi",
				"Báo cáo 1 “Báo cáo quý II”: chưa có hạn nộp", "Dự thảo · phiên bản 1")
			.doesNotContain("Plan is incomplete", "Đã ban hành kế hoạch");
	}

	@Test
	void aDraftTheApiRefusesKeepsTheReviewPageWithTheErrors() {
		API.stubFor(post(urlEqualTo("/api/plans")).willReturn(ApiFixtures.problem(400, """
				{"status": 400, "title": "Dữ liệu không hợp lệ / Invalid input", "detail": "Yêu cầu có 1 lỗi / 1 problem",
				 "errors": [{"field": "requirements[0].dueDate", "message": "Hạn nộp là bắt buộc", "messageEn": "required"}]}""")));

		String body = postForm("/ke-hoach/nhap/luu", adminToken(), Map.of("draft", DRAFT, "result", IMPORTED)).body();

		assertThat(body).contains("Dữ liệu không hợp lệ", "Hạn nộp là bắt buộc", "Kế hoạch chưa có số", "Lưu dự thảo");
	}

	@Test
	void anAdminIssuesTheDraftAndOthersCannotImport() {
		API.stubFor(post(urlEqualTo("/api/plans/kh-moi/issue")).willReturn(okJson(draftPlan()
			.replace("\"DRAFT\"", "\"ISSUED\"").replace("/KH-SYT", "15/KH-SYT"))));

		String token = adminToken();

		HttpResponse<String> answer = postForm("/ke-hoach/kh-moi/ban-hanh", token, Map.of());

		assertThat(answer.statusCode()).isEqualTo(302);
		API.verify(postRequestedFor(urlEqualTo("/api/plans/kh-moi/issue"))
			.withHeader("Authorization", equalTo(TestTokens.bearer(token))));
		assertThat(open("/ke-hoach/nhap", officerToken()).statusCode()).isEqualTo(403);
		assertThat(postForm("/ke-hoach/kh-moi/ban-hanh", coordinatorToken(), Map.of()).statusCode()).isEqualTo(403);
	}

	/** The draft as plan-service keeps it: its report has no deadline yet, which issuing needs. */
	private static String undatedDraftPlan() {
		return """
				{"id": "kh-moi", "status": "DRAFT", "version": 1, "number": "/KH-SYT",
				 "title": "Truyền thông phòng, chống sốt xuất huyết năm 2024", "year": 2024, "place": "Bắc Giang",
				 "requirements": [{"requirementId": "r1", "title": "Báo cáo quý II", "dueDate": null, "dueRule": null,
				   "reporterUnitIds": [], "reporterUnitTypes": ["DISTRICT_HEALTH_CENTRE"], "recipientUnitId": "cdc"}],
				 "missing": [{"field": "requirements[0].dueDate", "message": "Báo cáo 1 “Báo cáo quý II”: chưa có hạn nộp",
				              "messageEn": "Report 1: no due date"}]}""";
	}

	private static String draftPlan() {
		return """
				{"id": "kh-moi", "status": "DRAFT", "version": 1, "number": "/KH-SYT",
				 "title": "Truyền thông phòng, chống sốt xuất huyết năm 2024", "year": 2024}""";
	}

	private HttpResponse<String> upload(String token, String fileName, String content) {
		String boundary = "ranh-gioi-" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(uri("/ke-hoach/nhap"))
					.header("Authorization", TestTokens.bearer(token))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
