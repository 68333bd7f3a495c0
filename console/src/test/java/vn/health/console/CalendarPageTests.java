package vn.health.console;

import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.health.testkit.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Lịch chủ đề: this month's themes, campaigns and deadlines day by day, and the unit's .ics subscription. */
class CalendarPageTests extends ConsoleTestSupport {

	private static final String JUNE = "/api/calendar/occurrences?from=2024-06-01&to=2024-06-30&unit="
			+ ApiFixtures.COMMUNE;

	@Test
	void theCurrentMonthShowsThemesCampaignsAndDeadlinesByDay() {
		String token = officerToken();
		API.stubFor(get(urlEqualTo(JUNE)).willReturn(okJson("""
				{"from": "2024-06-01", "to": "2024-06-30", "occurrences": [
				  {"id": "a", "name": "Tháng hành động vì trẻ em", "start": "2024-05-25", "end": "2024-06-30",
				   "kind": "MONTH", "scope": "NATIONAL"},
				  {"id": "b", "name": "Ngày ASEAN phòng, chống sốt xuất huyết", "start": "2024-06-15",
				   "end": "2024-06-15", "kind": "DAY", "scope": "NATIONAL"},
				  {"id": "c", "name": "Báo cáo kết quả truyền thông quý II", "start": "2024-06-20", "end": "2024-06-20",
				   "kind": "DAY", "scope": "UNIT", "planId": "kh-12", "deadline": {"obligationId": "x"}}]}""")));

		String body = open("/lich", token).body();

		assertThat(body).contains("Lịch chủ đề · Tháng 6/2024", "01/06/2024", "Tháng hành động vì trẻ em",
				"từ 25/05/2024 đến 30/06/2024", "Đợt truyền thông", "15/06/2024", "Ngày chủ đề",
				"Ngày ASEAN phòng, chống sốt xuất huyết", "Hạn báo cáo", "/lich?thang=2024-05", "/lich?thang=2024-07");
		assertThat(body.indexOf("15/06/2024")).isLessThan(body.indexOf("20/06/2024"));
		API.verify(getRequestedFor(urlEqualTo(JUNE)).withHeader("Authorization", equalTo(TestTokens.bearer(token))));
	}

	@Test
	void theMonthGridPlacesEachDayInItsCellAndMarksToday() {
		API.stubFor(get(urlEqualTo(JUNE)).willReturn(okJson("""
				{"occurrences": [
				  {"id": "a", "name": "Tháng hành động vì trẻ em", "start": "2024-05-25", "end": "2024-06-30",
				   "kind": "MONTH", "scope": "NATIONAL"},
				  {"id": "b", "name": "Ngày ASEAN phòng, chống sốt xuất huyết", "start": "2024-06-15",
				   "end": "2024-06-15", "kind": "DAY", "scope": "NATIONAL"}]}""")));

		String body = open("/lich?xem=thang", officerToken()).body();

		assertThat(body).contains("<th scope=\"col\">Thứ Hai</th>", "<th scope=\"col\">Chủ nhật</th>",
				"href=\"/lich?thang=2024-05&amp;xem=thang\"", "href=\"/lich?thang=2024-07&amp;xem=thang\"");
		// June 2024 starts on a Saturday: the grid runs from Monday 27 May to Sunday 30 June, five weeks.
		assertThat(body.split("<tr>", -1)).hasSize(1 + 1 + 5);
		assertThat(cell(body, "2024-05-27")).contains("class=\"other\"").doesNotContain("Tháng hành động");
		assertThat(cell(body, "2024-06-01")).contains("Tháng hành động vì trẻ em", "từ 25/05/2024 đến 30/06/2024");
		assertThat(cell(body, "2024-06-15")).contains("weekend", "Ngày ASEAN phòng, chống sốt xuất huyết");
		assertThat(cell(body, "2024-06-24")).contains("class=\"today\"", "aria-current=\"date\"", "Hôm nay");
		assertThat(body).containsOnlyOnce("aria-current=\"date\"");
	}

	/** The grid cell of {@code day}: its {@code <td>} up to the next one. */
	private static String cell(String body, String day) {
		int start = body.lastIndexOf("<td", body.indexOf("data-ngay=\"" + day + "\""));
		int end = body.indexOf("</td>", start);
		return body.substring(start, end);
	}

	@Test
	void anotherMonthIsAskedByItsNameAndANonsenseMonthFallsBackToThisOne() {
		API.stubFor(get(urlPathEqualTo("/api/calendar/occurrences")).willReturn(okJson("{\"occurrences\": []}")));

		assertThat(open("/lich?thang=2024-12", officerToken()).body()).contains("Tháng 12/2024",
				"Tháng này không có ngày chủ đề");
		assertThat(open("/lich?thang=thang-sau", officerToken()).body()).contains("Tháng 6/2024");
		API.verify(getRequestedFor(urlEqualTo("/api/calendar/occurrences?from=2024-12-01&to=2024-12-31&unit="
				+ ApiFixtures.COMMUNE)));
	}

	@Test
	void theUnitGetsItsSecretFeedAddressToSubscribe() {
		String token = officerToken();
		API.stubFor(get(urlPathEqualTo("/api/calendar/occurrences")).willReturn(okJson("{\"occurrences\": []}")));
		API.stubFor(post(urlEqualTo("/api/calendar/feeds/" + ApiFixtures.COMMUNE + "/token")).willReturn(okJson("""
				{"unitId": "tyt-dong-tam", "token": "bi-mat",
				 "feed": "/api/calendar/feeds/tyt-dong-tam.ics?token=bi-mat"}""").withStatus(201)));

		String body = postForm("/lich/dang-ky?thang=2024-06", token, Map.of()).body();

		assertThat(body).contains("href=\"/api/calendar/feeds/tyt-dong-tam.ics?token=bi-mat\"", "chỉ hiện một lần")
			.doesNotContain("Lấy đường dẫn đăng ký</button>");
		API.verify(postRequestedFor(urlEqualTo("/api/calendar/feeds/" + ApiFixtures.COMMUNE + "/token"))
			.withHeader("Authorization", equalTo(TestTokens.bearer(token))));
	}

}
