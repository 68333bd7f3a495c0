package vn.health.infra;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import org.springframework.util.FileSystemUtils;

import vn.health.testkit.JsonHttp;
import vn.health.testkit.security.IssuerTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue #10's walk through the console in a real headless Chromium against the whole platform (every process from
 * the jars the build made, the real gateway, OIDC sign-in on auth-server's form): a commune station's officer
 * watches its inbox while a report of its falls overdue, sees the alert arrive live and submits the report; the CDC
 * returns it with a reason; the unit, back on its inbox, sees the return arrive live and reads it; the Sở's admin
 * imports the Bắc Giang plan document and is told why the draft as read cannot be saved. Each person has a browser
 * profile of their own and signs out at the end. Screenshots of every page go to {@code infra/target/screenshots/},
 * each browser's driver and network log to {@code infra/target/e2e/browser/}. Without Chromium
 * ({@code console/scripts/install-browser.sh}) the class is skipped, as the console's browser tests are.
 */
@Tag("walkthrough")
@EnabledIf(value = "vn.health.infra.ConsoleBrowser#installed",
		disabledReason = "Browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver is missing; "
				+ "run console/scripts/install-browser.sh")
@ExtendWith(EndToEndPlatform.Shared.class)
@Order(Integer.MAX_VALUE)
@TestMethodOrder(OrderAnnotation.class)
class ConsoleBrowserEndToEndTests {

	private static final String PASSWORD = "demo";

	private static final String UNIT = "tyt-xa-dong-ky";

	private static final String UNIT_NAME = "Trạm Y tế xã Đồng Kỳ";

	private static final String REPORT = "Báo cáo kết quả truyền thông quý II";

	private static final String REASON = "Thiếu số người tham dự ở thôn Đồng Gai";

	private static final Path SCREENSHOTS = RepositoryFiles.root().resolve("infra/target/screenshots");

	/** Each browser's driver and network log, beside the platform's logs. */
	private static final Path BROWSER_LOGS = EndToEndPlatform.DATA_DIR.resolve("browser");

	static Platform platform;

	/** The Sở's administrator {@code syt} through the API: sets the scene and checks what the pages did. */
	static JsonHttp admin;

	/** The unit officer's browser, open from the first step to the third. */
	static ConsoleBrowser unit;

	static String obligationId;

	/** The whole platform, shared with the other end-to-end classes. */
	@BeforeAll
	static void signInTheAdmin(EndToEndPlatform shared) throws IOException {
		FileSystemUtils.deleteRecursively(SCREENSHOTS);
		platform = shared.platform();
		admin = new JsonHttp(platform.url("gateway")).withBearer(new IssuerTokens(platform.url("auth-server"))
			.signedIn("syt", PASSWORD, platform.url("gateway") + "/login/oauth2/code/console"));
	}

	@AfterAll
	static void closeTheUnitsBrowser() {
		if (unit != null) {
			unit.close();
		}
	}

	/** "Live" here: the page is loaded before the report falls overdue and shows the alert without being reloaded. */
	@Test
	@Order(1)
	void aUnitOfficerSeesTheOverdueAlertArriveLiveAndSubmitsTheReport() throws IOException {
		unit = signIn(UNIT, "/thong-bao");
		unit.waitForText("#trang-thai-truc-tiep", "Đang nhận thông báo trực tiếp.");
		unit.script("window.chuaTaiLai = true;");
		unit.screenshot("01-don-vi-thong-bao-truoc");

		obligationId = issueAPlanWhoseReportIsOverdue();

		unit.waitForText("#hop-thu", "[Quá hạn] " + REPORT);
		assertThat(unit.script("return window.chuaTaiLai === true && Array.from("
				+ "document.querySelectorAll('#hop-thu li.fresh')).some((li) => li.textContent.includes('[Quá hạn]'));"))
			.as("added by the event stream to the page as loaded")
			.isEqualTo(true);
		unit.screenshot("02-don-vi-thong-bao-qua-han-truc-tiep");

		unit.open("/bao-cao");
		unit.waitForText(REPORT);
		assertThat(unit.main()).contains("Quá hạn");
		unit.screenshot("03-don-vi-bao-cao-qua-han");
		unit.click(By.linkText(REPORT));
		unit.waitForText("Nộp báo cáo");
		unit.type(By.id("chi-so-SO_BUOI"), "4");
		unit.type(By.id("chi-so-SO_NGUOI"), "320");
		unit.type(By.id("narrative"), "Đã tổ chức 4 buổi nói chuyện tại các thôn.");
		unit.screenshot("04-don-vi-nop-bao-cao");
		unit.click(By.cssSelector("button.primary"));

		unit.waitForText("Các lần đã nộp");
		assertThat(unit.main()).contains("Chờ duyệt", "Phiên bản 1", "Đã tổ chức 4 buổi nói chuyện tại các thôn.");
		unit.screenshot("05-don-vi-da-nop");
		JsonHttp.Response obligation = admin.get("/api/obligations/" + obligationId);
		assertThat(obligation.json().get("status").asString()).as(obligation.toString()).isEqualTo("SUBMITTED");
		assertThat(obligation.json().get("submissions").get(0).get("indicators").get("SO_NGUOI").asDouble())
			.isEqualTo(320.0);

		// Back to the inbox, which stays open while the CDC reviews: the return must arrive there live (step 3).
		unit.open("/thong-bao");
		unit.waitForText("#trang-thai-truc-tiep", "Đang nhận thông báo trực tiếp.");
		unit.script("window.chuaTaiLai = true;");
	}

	@Test
	@Order(2)
	void theCdcReturnsTheReportWithAReason() throws IOException {
		try (ConsoleBrowser cdc = signIn("cdc", "/tiep-nhan")) {
			cdc.waitForText("báo cáo chờ duyệt");
			assertThat(cdc.main()).contains(UNIT_NAME, REPORT);
			cdc.screenshot("06-cdc-hang-doi");
			cdc.click(By.cssSelector("a[aria-label='Xem và duyệt báo cáo của " + UNIT_NAME + "']"));
			cdc.waitForText("Ý kiến duyệt");
			cdc.type(By.id("reason"), REASON);
			cdc.screenshot("07-cdc-tra-lai");
			cdc.click(By.cssSelector("button.danger"));

			cdc.waitForText("Không có báo cáo nào chờ duyệt.");
			cdc.screenshot("08-cdc-da-tra-lai");
			JsonHttp.Response obligation = admin.get("/api/obligations/" + obligationId);
			assertThat(obligation.json().get("status").asString()).as(obligation.toString()).isEqualTo("RETURNED");
			cdc.signOut();
		}
	}

	@Test
	@Order(3)
	void theUnitSeesTheReturnArriveLiveAndReadsItsReason() {
		unit.waitForText("#hop-thu", "[Bị trả lại] " + REPORT);
		assertThat(unit.script("return window.chuaTaiLai === true && Array.from("
				+ "document.querySelectorAll('#hop-thu li.fresh')).some((li) => li.textContent.includes('[Bị trả lại]'));"))
			.as("added by the event stream to the inbox as loaded before the return")
			.isEqualTo(true);
		unit.screenshot("09-don-vi-thong-bao-bi-tra-lai-truc-tiep");

		unit.open("/bao-cao/" + obligationId);

		unit.waitForText("Lịch sử trả lại");
		assertThat(unit.main()).contains("Bị trả lại", "Phiên bản 1 bị trả lại", REASON, "Nộp báo cáo");
		unit.screenshot("10-don-vi-bi-tra-lai");
		unit.signOut();
		unit.close();
		unit = null;
	}

	/**
	 * The import page reads the document and saves it as a draft with its gaps: two of its six report requirements
	 * ("Định kỳ") name no deadline, one goes to agencies outside the directory, and the demo province has no
	 * hospital or private facility for one assignment. The admin completes the draft in the edit form and issues it.
	 */
	@Test
	@Order(4)
	void theAdminImportsTheBacGiangPlanCompletesTheDraftAndIssuesIt() throws IOException {
		long plansBefore = admin.get("/api/plans?size=1").json().get("total").asLong();
		try (ConsoleBrowser syt = signIn("syt", "/ke-hoach/nhap")) {
			syt.waitForText("Nhập kế hoạch từ tệp");
			syt.attach(By.id("file"), RepositoryFiles.root()
				.resolve("plan-service/src/test/resources/importer/bac-giang-2024-ke-hoach-truyen-thong-y-te.txt"));
			syt.click(By.cssSelector("button.primary"));

			syt.waitForText("Kết quả đọc tệp");
			assertThat(syt.main()).contains("Truyền thông y tế tỉnh Bắc Giang năm 2024", "6 yêu cầu báo cáo",
					"Văn bản gốc", "Số: /KH-SYT");
			syt.screenshot("11-so-nhap-ke-hoach");
			syt.click(By.xpath("//button[text()='Lưu dự thảo']"));

			syt.waitForText("Trước khi ban hành cần bổ sung");
			assertThat(syt.main()).contains("chưa có hạn nộp");
			syt.screenshot("12-so-du-thao-can-bo-sung");
			String editPage = (String) syt.script("return location.pathname;");
			assertThat(editPage).matches("/ke-hoach/[^/]+/sua");
			String planId = editPage.split("/")[2];
			assertThat(admin.get("/api/plans?size=1").json().get("total").asLong()).isEqualTo(plansBefore + 1);

			// The Sở's own report upward goes to agencies outside the directory: emptied, the row leaves the plan.
			syt.type(By.id("requirements-0-title"), "");
			syt.type(By.id("requirements-0-period"), "");
			syt.set(By.id("requirements-1-dueDate"), "2024-12-25");
			// No hospital or private facility in the demo directory: the assignment to them is left out too.
			syt.untick(By.id("assignments-4-unitTypes-HOSPITAL"));
			syt.untick(By.id("assignments-4-unitTypes-PRIVATE_FACILITY"));
			syt.type(By.id("assignments-4-assignee"), "");
			syt.type(By.id("assignments-4-task"), "");
			syt.click(By.cssSelector("button.primary"));
			syt.confirm("Lưu các thay đổi của dự thảo?");
			syt.waitForText("Đã lưu dự thảo.");
			syt.screenshot("13-so-du-thao-da-bo-sung");

			syt.click(By.xpath("//button[text()='Ban hành']"));
			syt.confirm("Ban hành kế hoạch");
			syt.waitForText("Đã ban hành kế hoạch");
			syt.screenshot("14-so-da-ban-hanh");
			JsonHttp.Response issued = admin.get("/api/plans/" + planId);
			assertThat(issued.json().get("status").asString()).as(issued.toString()).isEqualTo("ISSUED");
			assertThat(issued.json().get("requirements").get(0).get("dueDate").asString())
				.isEqualTo("2024-12-25");
			syt.signOut();
		}
	}

	private static ConsoleBrowser signIn(String user, String firstPage) throws IOException {
		return ConsoleBrowser.signedIn(platform.url("gateway"), platform.url("auth-server"), user, PASSWORD, firstPage,
				SCREENSHOTS, BROWSER_LOGS);
	}

	/** A 2024 plan whose quarterly report from {@link #UNIT} to the CDC was due on 20/06/2024, swept as overdue. */
	private static String issueAPlanWhoseReportIsOverdue() {
		JsonHttp.Response draft = admin.post("/api/plans", """
				{"number": "92/KH-SYT", "title": "Kế hoạch truyền thông phòng, chống sốt xuất huyết năm 2024", "year": 2024,
				 "requirements": [{"title": "%s", "dueDate": "2024-06-20", "dueRule": "BEFORE_DAY",
				   "reporterUnitIds": ["%s"], "recipientUnitId": "cdc",
				   "indicators": [{"code": "SO_BUOI", "name": "Số buổi truyền thông", "unit": "buổi"},
				                  {"code": "SO_NGUOI", "name": "Số người tham dự", "unit": "người"}]}]}"""
			.formatted(REPORT, UNIT));
		assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
		String planId = draft.json().get("id").asString();
		JsonHttp.Response issued = admin.post("/api/plans/" + planId + "/issue", null);
		assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
		String id = planId + ".r1." + UNIT;
		await().atMost(Duration.ofSeconds(90))
			.until(() -> admin.get("/api/obligations/" + id).status() == 200);
		JsonHttp.Response swept = admin.post("/api/admin/sweeps/overdue", null);
		assertThat(swept.status()).as(swept.toString()).isEqualTo(200);
		return id;
	}

}
