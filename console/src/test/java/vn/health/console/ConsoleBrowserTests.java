package vn.health.console;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.health.testkit.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.console.ApiFixtures.OBLIGATION;

/**
 * The two reporting flows in a real headless Chromium: a unit officer sees an overdue report and submits it; the
 * CDC's coordinator returns one with a reason.
 */
class ConsoleBrowserTests extends BrowserTestSupport {

	private static final String DETAIL = "/api/obligations/" + OBLIGATION;

	@Test
	void aUnitOfficerSeesTheOverdueReportAndSubmitsIt() {
		String token = officerToken();
		signIn(token);
		API.stubFor(get(urlPathEqualTo("/api/obligations")).willReturn(okJson(ApiFixtures.page(ApiFixtures.overdue()))));
		API.stubFor(get(urlEqualTo(DETAIL)).inScenario("nộp").whenScenarioStateIs(STARTED)
			.willReturn(okJson(ApiFixtures.overdue())));
		API.stubFor(post(urlEqualTo(DETAIL + "/submissions")).inScenario("nộp").willSetStateTo("đã nộp")
			.willReturn(okJson(ApiFixtures.submitted()).withStatus(201)));
		API.stubFor(get(urlEqualTo(DETAIL)).inScenario("nộp").whenScenarioStateIs("đã nộp")
			.willReturn(okJson(ApiFixtures.submitted())));

		DashboardFixtures.unit(API);
		browser.get(gateway.baseUrl() + "/");
		waitForText("Thông báo chưa đọc (1)");
		screenshot("tong-quan-don-vi");
		browser.findElement(By.linkText("Báo cáo của đơn vị")).click();
		waitForText("Quá hạn 5 ngày");
		screenshot("bao-cao-danh-sach");
		browser.manage().window().setSize(new Dimension(390, 844));
		assertNoHorizontalScroll();
		screenshot("bao-cao-danh-sach-dien-thoai");
		browser.manage().window().setSize(new Dimension(1280, 900));

		browser.findElement(By.linkText("Báo cáo kết quả truyền thông quý II")).click();
		waitForText("Nộp báo cáo");
		browser.findElement(By.id("chi-so-SO_BUOI")).sendKeys("4");
		browser.findElement(By.id("chi-so-SO_NGUOI")).sendKeys("320");
		browser.findElement(By.id("narrative")).sendKeys("Đã tổ chức 4 buổi nói chuyện tại các thôn.");
		screenshot("bao-cao-nop");
		browser.findElement(By.cssSelector("button.primary")).click();

		waitForText("Đã nộp báo cáo “Báo cáo kết quả truyền thông quý II”.");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Chờ duyệt", "Phiên bản 1");
		screenshot("bao-cao-da-nop");

		API.stubFor(get(urlPathEqualTo("/api/notifications/stream")).willReturn(aResponse()
			.withHeader("Content-Type", "text/event-stream")
			.withBody("retry: 600000\nevent: notification\ndata: {\"title\": \"Báo cáo quý II bị trả lại\", "
					+ "\"body\": \"CDC đề nghị bổ sung số người tham dự.\", \"createdAt\": \"2024-06-24T03:00:00Z\"}\n\n")));
		browser.findElement(By.linkText("Thông báo")).click();
		waitForText("Báo cáo quý II bị trả lại");
		assertThat(browser.findElement(By.cssSelector("#hop-thu li.fresh .sub")).getText())
			.as("the province's time, written as the server writes listed entries")
			.isEqualTo("24/06/2024 10:00 · Chưa đọc");
		screenshot("thong-bao");
		API.verify(postRequestedFor(urlEqualTo(DETAIL + "/submissions"))
			.withHeader("Authorization", equalTo(TestTokens.bearer(token)))
			.withHeader("X-Unit-Id", equalTo(ApiFixtures.COMMUNE))
			.withRequestBody(equalToJson("""
					{"narrative": "Đã tổ chức 4 buổi nói chuyện tại các thôn.",
					 "indicators": {"SO_BUOI": 4.0, "SO_NGUOI": 320.0}, "attachments": []}""")));
	}

	@Test
	void theSoSeesTheWholePlanChartedPerPeriodAndPerDistrict() {
		signIn(adminToken());
		DashboardFixtures.province(API);

		browser.get(gateway.baseUrl() + "/");
		waitForText("Theo huyện");
		Object districts = new WebDriverWait(browser, Duration.ofSeconds(15)).until((driver) -> ((JavascriptExecutor) driver)
			.executeScript("var chart = Chart.getChart(document.getElementById('bieu-do-theo-huyen'));"
					+ " return chart && Chart.getChart(document.getElementById('bieu-do-ty-le')) ? chart.data.labels : null;"));
		assertThat(districts).asString().isEqualTo("[Trung tâm Y tế huyện Yên Thế, Trung tâm Y tế huyện Tân Yên]");
		screenshot("tong-quan-so");
	}

	@Test
	void theCdcCoordinatorReturnsAReportWithAReason() {
		String token = coordinatorToken();
		signIn(token);
		API.stubFor(get(urlPathEqualTo("/api/obligations")).withQueryParam("status", equalTo("SUBMITTED"))
			.willReturn(okJson(ApiFixtures.page(ApiFixtures.submitted()))));
		API.stubFor(get(urlEqualTo(DETAIL)).willReturn(okJson(ApiFixtures.submitted())));
		API.stubFor(post(urlEqualTo(DETAIL + "/review")).willReturn(okJson(ApiFixtures.returned())));

		DashboardFixtures.province(API);
		browser.get(gateway.baseUrl() + "/");
		waitForText("Tỷ lệ báo cáo đầy đủ và đúng hạn");
		new WebDriverWait(browser, Duration.ofSeconds(15)).until((driver) -> ((JavascriptExecutor) driver)
			.executeScript("return Chart.getChart(document.getElementById('bieu-do-ty-le')) != null;")
			.equals(Boolean.TRUE));
		screenshot("tong-quan-cdc");
		browser.findElement(By.linkText("Tiếp nhận báo cáo")).click();
		waitForText("1 báo cáo chờ duyệt");
		screenshot("tiep-nhan-hang-doi");
		browser.findElement(By.linkText("Xem và duyệt")).click();
		waitForText("Ý kiến duyệt");
		browser.findElement(By.cssSelector("button.danger")).click();
		waitForText("Cần ghi lý do trả lại để đơn vị biết phải sửa gì");
		screenshot("tiep-nhan-thieu-ly-do");

		browser.findElement(By.id("reason")).sendKeys("Thiếu số người tham dự ở thôn Đồng Gai");
		browser.findElement(By.cssSelector("button.danger")).click();

		waitForText("Đã trả lại báo cáo “Báo cáo kết quả truyền thông quý II”.");
		screenshot("tiep-nhan-da-tra-lai");
		PlanFixtures.search(API);
		PlanFixtures.plan(API);
		browser.findElement(By.linkText("Kế hoạch")).click();
		browser.findElement(By.linkText("Kế hoạch truyền thông phòng, chống sốt xuất huyết năm 2024")).click();
		waitForText("Chuỗi báo cáo");
		screenshot("ke-hoach-chi-tiet");
		API.verify(1, postRequestedFor(urlEqualTo(DETAIL + "/review"))
			.withHeader("Authorization", equalTo(TestTokens.bearer(token)))
			.withHeader("X-Unit-Id", equalTo(ApiFixtures.CDC))
			.withRequestBody(matchingJsonPath("$.decision", equalTo("RETURN")))
			.withRequestBody(matchingJsonPath("$.reason", equalTo("Thiếu số người tham dự ở thôn Đồng Gai"))));
	}

}
