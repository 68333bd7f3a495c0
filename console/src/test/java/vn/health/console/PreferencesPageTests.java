package vn.health.console;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import vn.health.testkit.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Tùy chọn nhận thông báo: the unit's channels and addresses, as stored, changed, refused. */
class PreferencesPageTests extends ConsoleTestSupport {

	private static final String PREFERENCES = "/api/notifications/preferences";

	private static final String EVERY_NOTICE = "report.due-soon&{c}=report.overdue&{c}=report.escalated"
			+ "&{c}=report.returned&{c}=calendar.theme-upcoming";

	/** Every notice type ticked for the channel, as the page shows a channel that never chose. */
	private static String everyNotice(String channel) {
		return "eventTypes." + channel + "=" + EVERY_NOTICE.replace("{c}", "eventTypes." + channel);
	}

	@Test
	void theUnitsChoicesAreShownAsStored() {
		String token = officerToken();
		API.stubFor(get(urlEqualTo(PREFERENCES + "?unit=" + ApiFixtures.COMMUNE)).willReturn(okJson("""
				{"unitId": "tyt-dong-tam", "channels": ["INBOX", "SMS"], "email": null, "phone": "84912345678",
				 "zaloPhone": null, "digest": true}""")));

		String body = open("/thong-bao/tuy-chon", token).body();

		assertThat(body).contains("Tùy chọn nhận thông báo", "value=\"INBOX\" id=\"kenh-INBOX\" checked",
				"value=\"SMS\" id=\"kenh-SMS\" checked", "value=\"84912345678\"", "id=\"digest\" checked")
			.doesNotContain("value=\"EMAIL\" id=\"kenh-EMAIL\" checked", "value=\"ZALO\" id=\"kenh-ZALO\" checked");
	}

	@Test
	void theChoiceIsSentForTheUsersUnitWithEmptyAddressesAsNone() {
		String token = officerToken();
		API.stubFor(put(urlEqualTo(PREFERENCES)).willReturn(okJson("""
				{"unitId": "tyt-dong-tam", "channels": ["INBOX", "ZALO"], "zaloPhone": "84912345678", "digest": false}""")));

		HttpResponse<String> answer = send(formPost("/thong-bao/tuy-chon", token,
				"channels=INBOX&channels=ZALO&email=&phone=+&zaloPhone=0912+345+678&" + everyNotice("INBOX") + "&"
						+ everyNotice("ZALO")));

		assertThat(answer.statusCode()).isEqualTo(302);
		API.verify(putRequestedFor(urlEqualTo(PREFERENCES)).withHeader("Authorization", equalTo(TestTokens.bearer(token)))
			.withRequestBody(equalToJson("""
					{"unit": "tyt-dong-tam", "channels": ["INBOX", "ZALO"], "email": null, "phone": null,
					 "zaloPhone": "0912 345 678", "digest": false, "eventTypes": {}}""")));
	}

	@Test
	void eachChannelShowsTheNoticesItCarriesEveryOneWhenItNeverChose() {
		API.stubFor(get(urlEqualTo(PREFERENCES + "?unit=" + ApiFixtures.COMMUNE)).willReturn(okJson("""
				{"unitId": "tyt-dong-tam", "channels": ["INBOX", "SMS"], "phone": "84912345678", "digest": false,
				 "eventTypes": {"SMS": ["vn.health.report.overdue", "vn.health.report.escalated"]}}""")));

		String body = open("/thong-bao/tuy-chon", officerToken()).body();

		assertThat(body).contains("<legend>Tin nhắn SMS</legend>", "Nhắc hạn báo cáo sắp đến",
				"Đơn vị cấp dưới chậm báo cáo", "Sắp đến ngày chủ đề truyền thông",
				"id=\"eventTypes-SMS-report-overdue\" checked", "id=\"eventTypes-SMS-report-escalated\" checked",
				"id=\"eventTypes-INBOX-report-due-soon\" checked", "id=\"eventTypes-INBOX-calendar-theme-upcoming\" checked")
			.doesNotContain("id=\"eventTypes-SMS-report-due-soon\" checked",
					"id=\"eventTypes-SMS-calendar-theme-upcoming\" checked");
	}

	@Test
	void onlyTheChannelsThatLeaveSomeNoticesOutSendTheirTypes() {
		API.stubFor(put(urlEqualTo(PREFERENCES)).willReturn(okJson("""
				{"unitId": "tyt-dong-tam", "channels": ["INBOX", "SMS"], "phone": "84912345678", "digest": false}""")));

		HttpResponse<String> answer = send(formPost("/thong-bao/tuy-chon", officerToken(),
				"channels=INBOX&channels=SMS&phone=0912345678&" + everyNotice("INBOX")
						+ "&eventTypes.SMS=report.overdue&eventTypes.SMS=report.escalated&eventTypes.ZALO=report.due-soon"));

		assertThat(answer.statusCode()).isEqualTo(302);
		API.verify(putRequestedFor(urlEqualTo(PREFERENCES)).withRequestBody(equalToJson("""
				{"unit": "tyt-dong-tam", "channels": ["INBOX", "SMS"], "email": null, "phone": "0912345678",
				 "zaloPhone": null, "digest": false, "eventTypes": {"SMS": ["report.overdue", "report.escalated"]}}""")));
	}

	@Test
	void aChannelOnWithoutAnyNoticeIsRefusedHere() {
		String body = send(formPost("/thong-bao/tuy-chon", officerToken(),
				"channels=INBOX&channels=SMS&phone=0912345678&" + everyNotice("INBOX"))).body();

		assertThat(body).contains("aria-invalid=\"true\" aria-describedby=\"loi-eventTypes-SMS\"",
				"id=\"loi-eventTypes-SMS\">Chọn ít nhất một loại thông báo cho kênh này, hoặc bỏ chọn kênh</p>",
				"id=\"eventTypes-INBOX-report-overdue\" checked", "value=\"0912345678\"");
		API.verify(0, putRequestedFor(urlEqualTo(PREFERENCES)));
	}

	@Test
	void theApisProblemWithAChannelsNoticesShowsUnderThatChannel() {
		API.stubFor(put(urlEqualTo(PREFERENCES)).willReturn(ApiFixtures.problem(400, """
				{"status": 400, "title": "Dữ liệu không hợp lệ / Invalid input", "detail": "Yêu cầu có 1 lỗi / 1 problem",
				 "errors": [{"field": "eventTypes.ZALO", "message": "Chỉ chọn loại thông báo cho kênh đang bật: ZALO",
				             "messageEn": "eventTypes.ZALO"}]}""")));

		String body = send(formPost("/thong-bao/tuy-chon", officerToken(),
				"channels=ZALO&zaloPhone=0912345678&eventTypes.ZALO=report.overdue")).body();

		assertThat(body).contains("id=\"loi-eventTypes-ZALO\">Chỉ chọn loại thông báo cho kênh đang bật: ZALO</p>",
				"id=\"eventTypes-ZALO-report-overdue\" checked")
			.doesNotContain("id=\"eventTypes-ZALO-report-due-soon\" checked");
	}

	@Test
	void theApisProblemsShowNextToTheirFieldsWithWhatWasTyped() {
		API.stubFor(put(urlEqualTo(PREFERENCES)).willReturn(ApiFixtures.problem(400, """
				{"status": 400, "title": "Dữ liệu không hợp lệ / Invalid input", "detail": "Yêu cầu có 2 lỗi / 2 problems",
				 "errors": [{"field": "phone", "message": "Cần số điện thoại để nhận SMS", "messageEn": "phone"},
				            {"field": "email", "message": "Địa chỉ thư điện tử không hợp lệ", "messageEn": "email"}]}""")));

		String body = send(formPost("/thong-bao/tuy-chon", officerToken(),
				"channels=SMS&email=tram.dongtam&digest=true&" + everyNotice("SMS")))
			.body();

		assertThat(body).contains("id=\"loi-phone\">Cần số điện thoại để nhận SMS</p>",
				"value=\"tram.dongtam\" aria-invalid=\"true\" aria-describedby=\"loi-email\"",
				"id=\"loi-email\">Địa chỉ thư điện tử không hợp lệ</p>", "value=\"SMS\" id=\"kenh-SMS\" checked",
				"id=\"digest\" checked");
	}

	@Test
	void aReadOnlyUserCannotChange() {
		String viewer = TestTokens.get().forUser("syt", "VIEWER");

		assertThat(send(formPost("/thong-bao/tuy-chon", viewer, "channels=INBOX")).statusCode()).isEqualTo(403);
		API.verify(0, putRequestedFor(urlEqualTo(PREFERENCES)));
	}

}
