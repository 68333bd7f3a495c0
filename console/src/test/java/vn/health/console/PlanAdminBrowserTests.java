package vn.health.console;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.health.testkit.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Sở admin in the browser: a draft typed in by hand with a legal basis and its signer (a missing assignee type
 * refused, added), then opened on its page; a draft edited (refused once, fixed), issued after a confirmation (declined once),
 * amended with a reason, revoked with a reason; two commune stations merged into a third.
 */
class PlanAdminBrowserTests extends BrowserTestSupport {

	private static final String PLAN = "/api/plans/kh-moi";

	private static final String LONG_TITLE = "Kế hoạch truyền thông phòng, chống bệnh tay chân miệng, sốt xuất huyết "
			+ "và các bệnh truyền nhiễm mùa hè tại trường học, nhà trẻ trên địa bàn tỉnh Bắc Giang năm 2024";

	private static final String NEW_TITLE = "Kế hoạch truyền thông phòng, chống sốt xuất huyết và Zika năm 2024";

	@Test
	void aDraftIsEditedIssuedAmendedAndRevoked() {
		String token = adminToken();
		signIn(token);
		stubPlanLifecycle();

		browser.get(gateway.baseUrl() + "/ke-hoach/kh-moi");
		browser.findElement(By.linkText("Sửa dự thảo")).click();
		waitForText("Sửa dự thảo kế hoạch");
		WebElement title = browser.findElement(By.id("title"));
		title.clear();
		title.sendKeys(NEW_TITLE);
		fill("requirements-0-dueDate", "2025-01-10");
		browser.findElement(By.cssSelector("button.primary")).click();
		assertThat(confirm(true)).isEqualTo("Lưu các thay đổi của dự thảo?");
		waitForText("Hạn nộp phải trong năm kế hoạch 2024");
		assertThat(browser.findElement(By.id("loi-requirements-0-dueDate")).getText())
			.isEqualTo("Hạn nộp phải trong năm kế hoạch 2024");
		assertThat(browser.findElement(By.id("requirements-0-dueDate")).getDomAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.findElement(By.id("title")).getDomProperty("value")).isEqualTo(NEW_TITLE);
		scrollTo(By.id("requirements-0-dueDate"));
		screenshot("ke-hoach-sua-loi");

		fill("requirements-0-dueDate", "2024-06-25");
		browser.findElement(By.cssSelector("button.primary")).click();
		confirm(true);
		waitForText("Đã lưu dự thảo.");

		browser.findElement(By.xpath("//button[text()='Ban hành']")).click();
		assertThat(confirm(false)).startsWith("Ban hành kế hoạch 15/KH-SYT?");
		API.verify(0, postRequestedFor(urlEqualTo(PLAN + "/issue")));
		browser.findElement(By.xpath("//button[text()='Ban hành']")).click();
		confirm(true);
		waitForText("Đã ban hành kế hoạch 15/KH-SYT.");

		browser.findElement(By.linkText("Sửa đổi, bổ sung")).click();
		waitForText("Sửa đổi, bổ sung kế hoạch");
		WebElement task = browser.findElement(By.id("assignments-0-task"));
		task.clear();
		task.sendKeys("Tổ chức truyền thông tại xã và trường học.");
		browser.findElement(By.id("reason")).sendKeys("Bổ sung truyền thông tại trường học theo Công văn 512/SYT-NVY");
		scrollTo(By.id("reason"));
		screenshot("ke-hoach-sua-doi");
		browser.findElement(By.cssSelector("button.primary")).click();
		assertThat(confirm(true)).startsWith("Ban hành bản sửa đổi?");
		waitForText("nay là phiên bản 2");

		browser.findElement(By.linkText("Thu hồi")).click();
		waitForText("Việc thu hồi không hoàn tác được");
		browser.findElement(By.cssSelector("button.danger")).click();
		confirm(true);
		waitForText("Cần ghi lý do thu hồi để các đơn vị biết vì sao kế hoạch hết hiệu lực");
		browser.findElement(By.id("reason")).sendKeys("Thay bằng Kế hoạch 20/KH-SYT");
		screenshot("ke-hoach-thu-hoi");
		browser.findElement(By.cssSelector("button.danger")).click();
		assertThat(confirm(true)).isEqualTo("Thu hồi kế hoạch 15/KH-SYT? Việc này không hoàn tác được.");
		waitForText("Đã thu hồi kế hoạch 15/KH-SYT.");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Đã thu hồi · phiên bản 2")
			.doesNotContain("Sửa đổi, bổ sung");

		API.verify(2, putRequestedFor(urlEqualTo(PLAN)));
		API.verify(putRequestedFor(urlEqualTo(PLAN)).withHeader("Authorization", equalTo(TestTokens.bearer(token)))
			.withRequestBody(matchingJsonPath("$.title", equalTo(NEW_TITLE)))
			.withRequestBody(matchingJsonPath("$.requirements[0].dueDate", equalTo("2024-06-25")))
			.withRequestBody(matchingJsonPath("$.sections[0].heading", equalTo("I. MỤC ĐÍCH"))));
		API.verify(1, postRequestedFor(urlEqualTo(PLAN + "/issue")));
		API.verify(1, postRequestedFor(urlEqualTo(PLAN + "/amendments"))
			.withRequestBody(matchingJsonPath("$.reason",
					equalTo("Bổ sung truyền thông tại trường học theo Công văn 512/SYT-NVY")))
			.withRequestBody(matchingJsonPath("$.plan.title", equalTo(NEW_TITLE)))
			.withRequestBody(matchingJsonPath("$.plan.assignments[0].task",
					equalTo("Tổ chức truyền thông tại xã và trường học."))));
		API.verify(1, postRequestedFor(urlEqualTo(PLAN + "/revoke"))
			.withRequestBody(equalToJson("{\"reason\": \"Thay bằng Kế hoạch 20/KH-SYT\"}")));
	}

	@Test
	void aDraftIsTypedInByHandAndOpensOnItsPage() {
		String token = adminToken();
		signIn(token);
		PlanFixtures.search(API);
		API.stubFor(post(urlEqualTo("/api/plans")).atPriority(1)
			.withRequestBody(matchingJsonPath("$.assignments[0].unitTypes[0]", absent()))
			.willReturn(ApiFixtures.problem(400, """
					{"status": 400, "title": "Dữ liệu không hợp lệ / Invalid input", "detail": "Yêu cầu có 1 lỗi / 1 problem",
					 "errors": [{"field": "assignments[0].unitIds", "message": "Cần chọn đơn vị hoặc loại đơn vị được phân công",
					             "messageEn": "unitIds or unitTypes is required"}]}""")));
		API.stubFor(post(urlEqualTo("/api/plans")).atPriority(5).willReturn(okJson(PlanFixtures.stored("DRAFT"))));
		stubPlanIn(STARTED, PlanFixtures.stored("DRAFT"));
		API.stubFor(get(urlEqualTo(PLAN + "/versions")).willReturn(okJson("[]")));

		browser.get(gateway.baseUrl() + "/ke-hoach");
		browser.findElement(By.linkText("Tạo kế hoạch mới")).click();
		waitForText("Chỉ bắt buộc tên và năm kế hoạch");
		browser.findElement(By.id("title")).sendKeys(LONG_TITLE);
		browser.findElement(By.id("year")).sendKeys("2024");
		browser.findElement(By.id("legalBases-0-number")).sendKeys("128/QĐ-BYT");
		browser.findElement(By.id("legalBases-0-title")).sendKeys("Kế hoạch truyền thông phòng, chống dịch bệnh năm 2024");
		new Select(browser.findElement(By.id("signer-authority"))).selectByValue("KT");
		browser.findElement(By.id("signer-fullName")).sendKeys("Nguyễn Văn A");
		browser.findElement(By.id("requirements-0-title")).sendKeys("Báo cáo kết quả truyền thông quý III");
		browser.findElement(By.id("requirements-0-period")).sendKeys("Quý III");
		fill("requirements-0-dueDate", "2024-09-20");
		browser.findElement(By.id("requirements-0-reporterUnitTypes-COMMUNE_HEALTH_STATION")).sendKeys(Keys.SPACE);
		browser.findElement(By.id("assignments-0-assignee")).sendKeys("Trạm Y tế các xã, phường, thị trấn");
		browser.findElement(By.id("assignments-0-task")).sendKeys("Treo băng rôn, phát thanh trên loa xã.");
		browser.findElement(By.xpath("//button[text()='Thêm báo cáo']")).click();
		waitForText("Báo cáo 2");
		assertThat(browser.findElement(By.id("requirements-0-title")).getDomProperty("value"))
			.isEqualTo("Báo cáo kết quả truyền thông quý III");
		assertThat(browser.findElement(By.id("requirements-0-reporterUnitTypes-COMMUNE_HEALTH_STATION")).isSelected())
			.isTrue();
		API.verify(0, postRequestedFor(urlEqualTo("/api/plans")));

		browser.findElement(By.xpath("//button[text()='Tạo dự thảo']")).click();
		waitForText("Cần chọn đơn vị hoặc loại đơn vị được phân công");
		assertThat(browser.findElement(By.id("loi-assignments-0-unitTypes")).getText())
			.isEqualTo("Cần chọn đơn vị hoặc loại đơn vị được phân công");
		browser.manage().window().setSize(new Dimension(390, 844));
		assertNoHorizontalScroll();
		browser.manage().window().setSize(new Dimension(1280, 900));
		scrollTo(By.id("loi-assignments-0-unitTypes"));
		screenshot("ke-hoach-moi-loi");

		browser.findElement(By.id("assignments-0-unitTypes-COMMUNE_HEALTH_STATION")).sendKeys(Keys.SPACE);
		browser.findElement(By.xpath("//button[text()='Tạo dự thảo']")).click();
		waitForText("Đã tạo dự thảo.");
		assertThat(browser.getCurrentUrl()).endsWith("/ke-hoach/kh-moi");
		assertThat(browser.findElements(By.linkText("Sửa dự thảo"))).hasSize(1);
		API.verify(2, postRequestedFor(urlEqualTo("/api/plans")));
		API.verify(postRequestedFor(urlEqualTo("/api/plans")).withHeader("Authorization", equalTo(TestTokens.bearer(token)))
			.withRequestBody(equalToJson("""
					{"issuerUnitId": "syt", "number": null, "title": "%s", "year": 2024, "place": null, "kind": null,
					 "legalBases": [{"number": "128/QĐ-BYT", "date": null, "issuer": null,
					   "title": "Kế hoạch truyền thông phòng, chống dịch bệnh năm 2024"}],
					 "signer": {"authority": "KT", "title": null, "fullName": "Nguyễn Văn A"},
					 "requirements": [{"title": "Báo cáo kết quả truyền thông quý III", "period": "Quý III",
					   "dueDate": "2024-09-20", "dueRule": "BEFORE_DAY", "reporterUnitTypes": ["COMMUNE_HEALTH_STATION"]}],
					 "assignments": [{"assignee": "Trạm Y tế các xã, phường, thị trấn",
					   "task": "Treo băng rôn, phát thanh trên loa xã.", "unitTypes": ["COMMUNE_HEALTH_STATION"]}]}"""
				.formatted(LONG_TITLE))));
	}

	@Test
	void twoCommuneStationsAreMergedIntoAThird() {
		String token = adminToken();
		signIn(token);
		API.stubFor(get(urlPathEqualTo("/api/units")).inScenario("sáp nhập").whenScenarioStateIs(STARTED)
			.willReturn(okJson(directory(""))));
		API.stubFor(post(urlEqualTo("/api/units/" + ApiFixtures.COMMUNE + "/merge")).inScenario("sáp nhập")
			.willSetStateTo("đã sáp nhập")
			.willReturn(okJson("{\"id\": \"%s\", \"name\": \"%s\", \"type\": \"TYT\"}"
				.formatted(ApiFixtures.COMMUNE, ApiFixtures.COMMUNE_NAME))));
		API.stubFor(get(urlPathEqualTo("/api/units")).inScenario("sáp nhập").whenScenarioStateIs("đã sáp nhập")
			.willReturn(okJson(directory(", \"activeTo\": \"2025-06-30\", \"successorId\": \"tyt-dong-tam\""))));

		browser.get(gateway.baseUrl() + "/don-vi");
		waitForText("Sáp nhập đơn vị");
		new Select(browser.findElement(By.id("successorId"))).selectByValue(ApiFixtures.COMMUNE);
		browser.findElement(By.id("sap-nhap-tyt-tam-hiep")).click();
		browser.findElement(By.id("sap-nhap-tyt-tam-tien")).click();
		fill("effectiveFrom", "2025-07-01");
		browser.findElement(By.id("reason")).sendKeys("Nghị quyết 1656/NQ-UBTVQH15");
		scrollTo(By.id("sap-nhap"));
		screenshot("don-vi-sap-nhap");
		browser.findElement(By.xpath("//button[text()='Sáp nhập']")).click();
		assertThat(confirm(true)).startsWith("Sáp nhập các đơn vị đã chọn?");

		waitForText("Đã sáp nhập 2 đơn vị vào " + ApiFixtures.COMMUNE_NAME + " từ ngày 01/07/2025.");
		assertThat(browser.findElement(By.tagName("main")).getText())
			.contains("Đã sáp nhập vào " + ApiFixtures.COMMUNE_NAME + " (hoạt động đến hết ngày 30/06/2025)");
		screenshot("don-vi-da-sap-nhap");
		API.verify(1, postRequestedFor(urlEqualTo("/api/units/" + ApiFixtures.COMMUNE + "/merge"))
			.withHeader("Authorization", equalTo(TestTokens.bearer(token)))
			.withRequestBody(equalToJson("""
					{"mergedUnitIds": ["tyt-tam-hiep", "tyt-tam-tien"], "effectiveFrom": "2025-07-01",
					 "reason": "Nghị quyết 1656/NQ-UBTVQH15"}""")));
	}

	/** The plan as it reads after each step; each change moves the scenario on. */
	private static void stubPlanLifecycle() {
		String draft = PlanFixtures.stored("DRAFT");
		String edited = draft.replace("sốt xuất huyết năm 2024", "sốt xuất huyết và Zika năm 2024");
		String issued = edited.replace("\"DRAFT\"", "\"ISSUED\"");
		String amended = issued.replace("\"version\": 1", "\"version\": 2");
		String revoked = amended.replace("\"ISSUED\"", "\"REVOKED\"");
		stubPlanIn(STARTED, draft);
		stubPlanIn("đã sửa", edited);
		stubPlanIn("đã ban hành", issued);
		stubPlanIn("đã sửa đổi", amended);
		stubPlanIn("đã thu hồi", revoked);
		API.stubFor(get(urlEqualTo(PLAN + "/versions")).willReturn(okJson("[]")));
		API.stubFor(put(urlEqualTo(PLAN)).atPriority(1)
			.withRequestBody(matchingJsonPath("$.requirements[0].dueDate", equalTo("2025-01-10")))
			.willReturn(ApiFixtures.problem(400, """
					{"status": 400, "title": "Dữ liệu không hợp lệ / Invalid input", "detail": "Yêu cầu có 1 lỗi / 1 problem",
					 "errors": [{"field": "requirements[0].dueDate", "message": "Hạn nộp phải trong năm kế hoạch 2024",
					             "messageEn": "due date outside the plan year"}]}""")));
		API.stubFor(put(urlEqualTo(PLAN)).atPriority(5).inScenario("kế hoạch").willSetStateTo("đã sửa")
			.willReturn(okJson(edited)));
		API.stubFor(post(urlEqualTo(PLAN + "/issue")).inScenario("kế hoạch").willSetStateTo("đã ban hành")
			.willReturn(okJson(issued)));
		API.stubFor(post(urlEqualTo(PLAN + "/amendments")).inScenario("kế hoạch").willSetStateTo("đã sửa đổi")
			.willReturn(okJson(amended)));
		API.stubFor(post(urlEqualTo(PLAN + "/revoke")).inScenario("kế hoạch").willSetStateTo("đã thu hồi")
			.willReturn(okJson(revoked)));
	}

	private static void stubPlanIn(String state, String plan) {
		API.stubFor(get(urlEqualTo(PLAN)).inScenario("kế hoạch").whenScenarioStateIs(state).willReturn(okJson(plan)));
	}

	/** The test directory with two more commune stations, {@code ended} added to both. */
	private static String directory(String ended) {
		return """
				{"items": [
				  {"id": "%s", "name": "%s", "type": "TYT", "parentId": "ttyt-yen-the"},
				  {"id": "tyt-tam-hiep", "name": "Trạm Y tế xã Tam Hiệp", "type": "TYT", "parentId": "ttyt-yen-the"%s},
				  {"id": "tyt-tam-tien", "name": "Trạm Y tế xã Tam Tiến", "type": "TYT", "parentId": "ttyt-yen-the"%s},
				  {"id": "%s", "name": "%s", "type": "CDC", "parentId": "syt"},
				  {"id": "ttyt-yen-the", "name": "Trung tâm Y tế huyện Yên Thế", "type": "TTYT", "parentId": "cdc"}
				], "page": 0, "size": 100, "total": 5}""".formatted(ApiFixtures.COMMUNE, ApiFixtures.COMMUNE_NAME, ended,
				ended, ApiFixtures.CDC, ApiFixtures.CDC_NAME);
	}

}
