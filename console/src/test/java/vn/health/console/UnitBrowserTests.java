package vn.health.console;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.health.testkit.security.TestTokens;

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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commune station's officer in the browser: marks a notice read without leaving the inbox, then all of them;
 * chooses SMS without due-soon reminders, is told the number is missing, adds it; reads the calendar as a month grid.
 */
class UnitBrowserTests extends BrowserTestSupport {

	@Test
	void noticesAreMarkedReadOneByOneAndAllAtOnce() {
		String token = officerToken();
		signIn(token);
		DashboardFixtures.unit(API);
		API.stubFor(post(urlEqualTo("/api/notifications/inbox/n1/read")).willReturn(okJson("""
				{"id": "n1", "unitId": "tyt-dong-tam", "title": "Báo cáo quý II đã quá hạn",
				 "body": "Đơn vị chưa nộp báo cáo kết quả truyền thông quý II.", "createdAt": "2024-06-20T01:00:00Z",
				 "read": true}""")));
		API.stubFor(post(urlEqualTo("/api/notifications/inbox/read-all?unit=" + ApiFixtures.COMMUNE))
			.willReturn(okJson("{\"unit\": \"tyt-dong-tam\", \"unread\": 0}")));

		browser.get(gateway.baseUrl() + "/thong-bao");
		waitForText("Báo cáo quý II đã quá hạn");
		browser.findElement(By.cssSelector("#thong-bao-n1 button")).click();
		waitForText("20/06/2024 08:00 · Đã đọc");
		WebElement entry = browser.findElement(By.id("thong-bao-n1"));
		assertThat(entry.getDomProperty("className")).doesNotContain("unread");
		assertThat(entry.findElements(By.tagName("button"))).isEmpty();
		screenshot("thong-bao-da-doc");

		browser.findElement(By.xpath("//button[text()='Đánh dấu tất cả đã đọc']")).click();
		waitForText("Đã đánh dấu tất cả thông báo là đã đọc.");
		API.verify(1, postRequestedFor(urlEqualTo("/api/notifications/inbox/n1/read"))
			.withHeader("Authorization", equalTo(TestTokens.bearer(token))));
		API.verify(1, postRequestedFor(urlEqualTo("/api/notifications/inbox/read-all?unit=" + ApiFixtures.COMMUNE)));
	}

	@Test
	void theUnitChoosesSmsAndIsAskedForTheNumberFirst() {
		String token = officerToken();
		signIn(token);
		DashboardFixtures.unit(API);
		API.stubFor(get(urlPathEqualTo("/api/notifications/preferences")).willReturn(okJson("""
				{"unitId": "tyt-dong-tam", "channels": ["INBOX", "EMAIL"], "email": null, "phone": null,
				 "zaloPhone": null, "digest": false}""")));
		API.stubFor(put(urlEqualTo("/api/notifications/preferences")).atPriority(1)
			.withRequestBody(matchingJsonPath("$[?(@.phone == null)]"))
			.willReturn(ApiFixtures.problem(400, """
					{"status": 400, "title": "Dữ liệu không hợp lệ / Invalid input", "detail": "Yêu cầu có 1 lỗi / 1 problem",
					 "errors": [{"field": "phone", "message": "Cần số điện thoại để nhận SMS",
					             "messageEn": "A phone number is required for SMS"}]}""")));
		API.stubFor(put(urlEqualTo("/api/notifications/preferences")).atPriority(5).willReturn(okJson("""
				{"unitId": "tyt-dong-tam", "channels": ["INBOX", "EMAIL", "SMS"], "phone": "84912345678", "digest": true}""")));

		browser.get(gateway.baseUrl() + "/thong-bao");
		browser.findElement(By.linkText("Tùy chọn nhận thông báo")).click();
		waitForText("Nhận thông báo qua");
		browser.findElement(By.id("kenh-SMS")).click();
		browser.findElement(By.id("eventTypes-SMS-report-due-soon")).click();
		browser.findElement(By.id("digest")).click();
		browser.findElement(By.xpath("//button[text()='Lưu tùy chọn']")).click();
		waitForText("Cần số điện thoại để nhận SMS");
		assertThat(browser.findElement(By.id("loi-phone")).getText()).isEqualTo("Cần số điện thoại để nhận SMS");
		assertThat(browser.findElement(By.id("kenh-SMS")).isSelected()).isTrue();
		assertThat(browser.findElement(By.id("eventTypes-SMS-report-due-soon")).isSelected()).isFalse();
		assertThat(browser.findElement(By.id("eventTypes-SMS-report-overdue")).isSelected()).isTrue();
		screenshot("thong-bao-tuy-chon");

		browser.findElement(By.id("phone")).sendKeys("0912 345 678");
		browser.findElement(By.xpath("//button[text()='Lưu tùy chọn']")).click();
		waitForText("Đã lưu tùy chọn nhận thông báo của đơn vị.");
		API.verify(putRequestedFor(urlEqualTo("/api/notifications/preferences"))
			.withHeader("Authorization", equalTo(TestTokens.bearer(token)))
			.withRequestBody(equalToJson("""
					{"unit": "tyt-dong-tam", "channels": ["INBOX", "EMAIL", "SMS"], "email": null,
					 "phone": "0912 345 678", "zaloPhone": null, "digest": true,
					 "eventTypes": {"SMS": ["report.overdue", "report.escalated", "report.returned",
					 "calendar.theme-upcoming"]}}""")));
	}

	@Test
	void theMonthGridShowsThemeDaysInTheirCellsAndTodayMarked() {
		signIn(officerToken());
		DashboardFixtures.unit(API);
		API.stubFor(get(urlEqualTo("/api/calendar/occurrences?from=2024-06-01&to=2024-06-30&unit=" + ApiFixtures.COMMUNE))
			.willReturn(okJson("""
					{"occurrences": [
					  {"id": "a", "name": "Ngày Môi trường thế giới", "start": "2024-06-05", "end": "2024-06-05",
					   "kind": "DAY", "scope": "NATIONAL"},
					  {"id": "b", "name": "Ngày ASEAN phòng, chống sốt xuất huyết", "start": "2024-06-15",
					   "end": "2024-06-15", "kind": "DAY", "scope": "NATIONAL"},
					  {"id": "c", "name": "Báo cáo kết quả truyền thông quý II", "start": "2024-06-20", "end": "2024-06-20",
					   "kind": "DAY", "scope": "UNIT", "deadline": {"obligationId": "x"}}]}""")));
		API.stubFor(get(urlEqualTo("/api/calendar/occurrences?from=2024-07-01&to=2024-07-31&unit=" + ApiFixtures.COMMUNE))
			.willReturn(okJson("""
					{"occurrences": [{"id": "d", "name": "Ngày Dân số thế giới", "start": "2024-07-11",
					   "end": "2024-07-11", "kind": "DAY", "scope": "NATIONAL"}]}""")));

		browser.get(gateway.baseUrl() + "/lich");
		browser.findElement(By.linkText("Tháng")).click();
		waitForText("Thứ Hai");
		assertThat(cell("2024-06-15").getText()).contains("15", "Ngày ASEAN phòng, chống sốt xuất huyết");
		assertThat(cell("2024-06-20").getText()).contains("Hạn báo cáo", "Báo cáo kết quả truyền thông quý II");
		assertThat(cell("2024-06-24").getText()).contains("Hôm nay");
		assertThat(cell("2024-06-24").getDomAttribute("aria-current")).isEqualTo("date");
		assertThat(browser.findElements(By.cssSelector("td.today"))).hasSize(1);
		scrollTo(By.cssSelector("td.today"));
		screenshot("lich-thang");

		browser.findElement(By.linkText("Tháng sau →")).click();
		waitForText("Tháng 7/2024");
		assertThat(browser.getCurrentUrl()).endsWith("/lich?thang=2024-07&xem=thang");
		assertThat(cell("2024-07-11").getText()).contains("Ngày Dân số thế giới");
		assertThat(browser.findElements(By.cssSelector("td.today"))).isEmpty();
	}

	private static WebElement cell(String day) {
		return browser.findElement(By.cssSelector("td[data-ngay='" + day + "']"));
	}

}
