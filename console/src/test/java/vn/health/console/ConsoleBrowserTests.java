package vn.health.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.health.testkit.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.health.console.ApiFixtures.OBLIGATION;

/**
 * The two flows in a real headless Chromium: a unit officer sees an overdue report and submits it; the CDC's
 * coordinator returns one with a reason. A second WireMock stands in for the gateway: it relays the signed-in
 * user's token to the console on every request, as {@code TokenRelay} does. Screenshots of every page go to
 * {@code target/screenshots/}. Without the browser ({@code scripts/install-browser.sh}) the class is skipped.
 */
class ConsoleBrowserTests extends ConsoleTestSupport {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final String DETAIL = "/api/obligations/" + OBLIGATION;

	private static WireMockServer gateway;

	private static WebDriver browser;

	private static Path profile;

	@BeforeAll
	static void startBrowser() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing; run console/scripts/install-browser.sh");
		gateway = new WireMockServer(WireMockConfiguration.options().dynamicPort());
		gateway.start();
		profile = Files.createTempDirectory("console-chromium");
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
					"--disable-background-networking", "--disable-component-update", "--disable-sync",
					"--user-data-dir=" + profile, "--window-size=1280,900", "--lang=vi");
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
		if (gateway != null) {
			gateway.stop();
		}
	}

	@BeforeEach
	void resetWindow() {
		browser.manage().window().setSize(new Dimension(1280, 900));
	}

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
		screenshot("thong-bao");
		API.verify(postRequestedFor(urlEqualTo(DETAIL + "/submissions"))
			.withHeader("Authorization", equalTo(TestTokens.bearer(token)))
			.withHeader("X-Unit-Id", equalTo(ApiFixtures.COMMUNE))
			.withRequestBody(equalToJson("""
					{"narrative": "Đã tổ chức 4 buổi nói chuyện tại các thôn.",
					 "indicators": {"SO_BUOI": 4.0, "SO_NGUOI": 320.0}, "attachments": []}""")));
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

	/** The gateway stand-in now relays this user's token, as the real one does after the OIDC sign-in. */
	private void signIn(String token) {
		gateway.resetAll();
		gateway.stubFor(any(anyUrl()).atPriority(5).willReturn(aResponse().proxiedFrom(uri("").toString())
			.withAdditionalRequestHeader("Authorization", TestTokens.bearer(token))));
		// The browser reaches the platform's API on the same origin too (the notification stream).
		gateway.stubFor(any(urlPathMatching("/api/.*")).atPriority(1).willReturn(aResponse().proxiedFrom(API.baseUrl())
			.withAdditionalRequestHeader("Authorization", TestTokens.bearer(token))));
	}

	private static void waitForText(String text) {
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
	}

	private static void assertNoHorizontalScroll() {
		Object overflow = ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(((Number) overflow).longValue()).as("page wider than the phone screen").isLessThanOrEqualTo(0);
	}

	private static void screenshot(String name) {
		try {
			Files.write(SCREENSHOTS.resolve(name + ".png"),
					((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
