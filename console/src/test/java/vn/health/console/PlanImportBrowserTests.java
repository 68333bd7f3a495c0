package vn.health.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.health.testkit.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Bắc Giang plan imported in the browser: its two "Định kỳ" reports have no date, the draft is saved anyway and
 * opens in its form with what to complete; saved with a date still blank, issuing is refused naming it; once the
 * date is filled in, the plan is issued.
 */
class PlanImportBrowserTests extends BrowserTestSupport {

	private static final String PLAN = "/api/plans/kh-bg";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String UPWARD = "Định kỳ báo cáo Bộ Y tế, UBND tỉnh theo quy định";

	private static final String CDC_REPORT = "Định kỳ tổng hợp báo cáo kết quả hoạt động truyền thông y tế toàn ngành";

	@Test
	void anImportedPlanWithoutDeadlinesIsSavedCompletedAndIssued() throws IOException {
		String token = adminToken();
		signIn(token);
		stubImportAndPlan();
		Path document = Files.createTempFile("bac-giang-2024-ke-hoach-truyen-thong-y-te", ".txt");
		Files.writeString(document, "KẾ HOẠCH\nTruyền thông y tế tỉnh Bắc Giang năm 2024\n", StandardCharsets.UTF_8);

		browser.get(gateway.baseUrl() + "/ke-hoach/nhap");
		browser.findElement(By.id("file")).sendKeys(document.toString());
		browser.findElement(By.xpath("//button[text()='Đọc tệp']")).click();
		waitForText("Kết quả đọc tệp");
		assertThat(main()).contains("3 yêu cầu báo cáo", "Kế hoạch yêu cầu báo cáo nhưng không ghi hạn nộp");
		browser.findElement(By.xpath("//button[text()='Lưu dự thảo']")).click();

		waitForText("Trước khi ban hành cần bổ sung 3 điểm");
		assertThat(browser.getCurrentUrl()).endsWith("/ke-hoach/kh-bg/sua");
		assertThat(missing()).contains("Báo cáo 1 “" + UPWARD + "”: chưa có hạn nộp",
				"Báo cáo 1 “" + UPWARD + "”: chưa chọn đơn vị nhận báo cáo", "Báo cáo 2 “" + CDC_REPORT + "”: chưa có hạn nộp");
		assertThat(browser.findElement(By.id("requirements-1-dueDate")).getDomProperty("value")).isEmpty();
		screenshot("ke-hoach-nhap-can-bo-sung");

		// The report upward goes to agencies outside the directory: emptied, it leaves the plan; the CDC's stays undated.
		browser.findElement(By.id("requirements-0-title")).clear();
		browser.findElement(By.id("requirements-0-period")).clear();
		browser.findElement(By.cssSelector("button.primary")).click();
		assertThat(confirm(true)).isEqualTo("Lưu các thay đổi của dự thảo?");
		waitForText("Đã lưu dự thảo. Còn 1 điểm cần bổ sung trước khi ban hành.");

		browser.findElement(By.xpath("//button[text()='Ban hành']")).click();
		confirm(true);
		waitForText("Kế hoạch chưa đủ thông tin để ban hành");
		assertThat(main()).contains("Còn 1 điểm phải bổ sung trước khi ban hành; kế hoạch chưa thay đổi",
				"Báo cáo 1 “" + CDC_REPORT + "”: chưa có hạn nộp", "Dự thảo · phiên bản 1");
		screenshot("ke-hoach-ban-hanh-thieu-han");

		browser.findElement(By.linkText("Sửa dự thảo")).click();
		waitForText("Sửa dự thảo kế hoạch");
		fill("requirements-0-dueDate", "2024-12-25");
		browser.findElement(By.cssSelector("button.primary")).click();
		confirm(true);
		waitForText("Đã lưu dự thảo.");
		assertThat(browser.findElements(By.id("can-bo-sung"))).isEmpty();
		browser.findElement(By.xpath("//button[text()='Ban hành']")).click();
		confirm(true);
		waitForText("Đã ban hành kế hoạch /KH-SYT.");

		API.verify(postRequestedFor(urlEqualTo("/api/plans")).withHeader("Authorization", equalTo(TestTokens.bearer(token)))
			.withRequestBody(matchingJsonPath("$.requirements[0].title", equalTo(UPWARD))));
		List<JsonNode> saves = API.findAll(putRequestedFor(urlEqualTo(PLAN)))
			.stream()
			.map((request) -> JSON.readTree(request.getBodyAsString()))
			.toList();
		assertThat(saves).hasSize(2);
		assertThat(saves.get(0).get("requirements").valueStream().map((r) -> r.get("requirementId").asString()))
			.containsExactly("r2", "r3");
		assertThat(saves.get(0).get("requirements").get(0).get("dueDate").isNull()).isTrue();
		assertThat(saves.get(1).get("requirements").get(0).get("dueDate").asString()).isEqualTo("2024-12-25");
		API.verify(2, postRequestedFor(urlEqualTo(PLAN + "/issue")));
	}

	private static String main() {
		return browser.findElement(By.tagName("main")).getText();
	}

	private static String missing() {
		return browser.findElement(By.id("can-bo-sung")).findElement(By.xpath("..")).getText();
	}

	/**
	 * plan-service as the draft moves on: saved as read (three points missing), saved with the report upward left out
	 * and the CDC's date blank (one), completed (none), issued. Issuing is refused until it is complete.
	 */
	private static void stubImportAndPlan() {
		API.stubFor(post(urlEqualTo("/api/plans/import")).willReturn(okJson("""
				{"draft": %s,
				 "findings": [{"severity": "ERROR", "field": "requirements[1].dueDate",
				   "message": "Kế hoạch yêu cầu báo cáo nhưng không ghi hạn nộp: điền hạn và cách tính hạn, hoặc bỏ yêu cầu này",
				   "messageEn": "no due date", "line": 2, "text": "Truyền thông y tế tỉnh Bắc Giang năm 2024"}],
				 "fields": [], "source": {"fileName": "bac-giang.txt", "contentType": "text/plain",
				 "lines": ["KẾ HOẠCH", "Truyền thông y tế tỉnh Bắc Giang năm 2024"]}}""".formatted(draft()))));
		String saved = plan("DRAFT", upward() + "," + cdcReport("null") + "," + districts(), """
				{"field": "requirements[0].dueDate", "message": "Báo cáo 1 “%1$s”: chưa có hạn nộp"},
				{"field": "requirements[0].recipientUnitId", "message": "Báo cáo 1 “%1$s”: chưa chọn đơn vị nhận báo cáo"},
				{"field": "requirements[1].dueDate", "message": "Báo cáo 2 “%2$s”: chưa có hạn nộp"}"""
			.formatted(UPWARD, CDC_REPORT));
		String edited = plan("DRAFT", cdcReport("null") + "," + districts(), """
				{"field": "requirements[0].dueDate", "message": "Báo cáo 1 “%s”: chưa có hạn nộp"}""".formatted(CDC_REPORT));
		String completed = plan("DRAFT", cdcReport("\"2024-12-25\"") + "," + districts(), "");
		String issued = completed.replace("\"DRAFT\"", "\"ISSUED\"");
		API.stubFor(post(urlEqualTo("/api/plans")).willReturn(okJson(saved).withStatus(201)));
		API.stubFor(get(urlEqualTo(PLAN + "/versions")).willReturn(okJson("[]")));
		stubPlanIn(STARTED, saved);
		stubPlanIn("đã lưu", edited);
		stubPlanIn("đã bổ sung", completed);
		stubPlanIn("đã ban hành", issued);
		API.stubFor(put(urlEqualTo(PLAN)).atPriority(1).inScenario("bắc giang")
			.withRequestBody(matchingJsonPath("$.requirements[0].dueDate", equalTo("2024-12-25")))
			.willSetStateTo("đã bổ sung")
			.willReturn(okJson(completed)));
		API.stubFor(put(urlEqualTo(PLAN)).atPriority(5).inScenario("bắc giang").willSetStateTo("đã lưu")
			.willReturn(okJson(edited)));
		API.stubFor(post(urlEqualTo(PLAN + "/issue")).inScenario("bắc giang").whenScenarioStateIs("đã lưu")
			.willReturn(ApiFixtures.problem(422, """
					{"status": 422, "title": "Kế hoạch chưa đủ thông tin để ban hành / Plan is incomplete",
					 "detail": "Còn 1 điểm phải bổ sung trước khi ban hành; kế hoạch chưa thay đổi / 1 item(s) must be completed before the plan is issued; nothing was changed",
					 "errors": [{"field": "requirements[0].dueDate", "message": "Báo cáo 1 “%s”: chưa có hạn nộp",
					             "messageEn": "Report 1: no due date"}]}""".formatted(CDC_REPORT))));
		API.stubFor(post(urlEqualTo(PLAN + "/issue")).inScenario("bắc giang").whenScenarioStateIs("đã bổ sung")
			.willSetStateTo("đã ban hành")
			.willReturn(okJson(issued)));
	}

	private static void stubPlanIn(String state, String plan) {
		API.stubFor(get(urlEqualTo(PLAN)).inScenario("bắc giang").whenScenarioStateIs(state).willReturn(okJson(plan)));
	}

	private static String draft() {
		return """
				{"number": "/KH-SYT", "title": "Truyền thông y tế tỉnh Bắc Giang năm 2024", "year": 2024, "place": "Bắc Giang",
				 "issuerUnitId": "syt", "requirements": [%s, %s, %s]}""".formatted(upward(), cdcReport("null"), districts());
	}

	private static String plan(String status, String requirements, String missing) {
		return """
				{"id": "kh-bg", "status": "%s", "version": 1, "number": "/KH-SYT",
				 "title": "Truyền thông y tế tỉnh Bắc Giang năm 2024", "year": 2024, "kind": "YEARLY",
				 "period": {"from": "2024-01-01", "to": "2024-12-31"}, "issuerUnitId": "syt", "place": "Bắc Giang",
				 "date": {"day": null, "month": null, "year": 2024}, "alertLadder": null, "sections": [], "assignments": [],
				 "requirements": [%s], "warnings": [], "missing": [%s], "attachments": []}"""
			.formatted(status, requirements, missing);
	}

	private static String upward() {
		return """
				{"requirementId": "r1", "title": "%s", "period": "Định kỳ", "dueDate": null, "dueRule": null,
				 "reporterUnitIds": ["syt"], "reporterUnitTypes": [], "recipientUnitId": null,
				 "upstreamRequirementId": "r2", "indicators": []}""".formatted(UPWARD);
	}

	private static String cdcReport(String dueDate) {
		return """
				{"requirementId": "r2", "title": "%s", "period": "Định kỳ", "dueDate": %s, "dueRule": null,
				 "reporterUnitIds": ["cdc"], "reporterUnitTypes": [], "recipientUnitId": "syt", "indicators": []}"""
			.formatted(CDC_REPORT, dueDate);
	}

	private static String districts() {
		return """
				{"requirementId": "r3", "title": "Báo cáo quý I", "period": "Quý I", "dueDate": "2024-03-20",
				 "dueRule": "BEFORE_DAY", "reporterUnitIds": [], "reporterUnitTypes": ["DISTRICT_HEALTH_CENTRE"],
				 "recipientUnitId": "cdc", "indicators": []}""";
	}

}
