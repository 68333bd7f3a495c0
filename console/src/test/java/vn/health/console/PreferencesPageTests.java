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
				"channels=INBOX&channels=ZALO&email=&phone=+&zaloPhone=0912+345+678"));

		assertThat(answer.statusCode()).isEqualTo(302);
		API.verify(putRequestedFor(urlEqualTo(PREFERENCES)).withHeader("Authorization", equalTo(TestTokens.bearer(token)))
			.withRequestBody(equalToJson("""
					{"unit": "tyt-dong-tam", "channels": ["INBOX", "ZALO"], "email": null, "phone": null,
					 "zaloPhone": "0912 345 678", "digest": false}""")));
	}

	@Test
	void theApisProblemsShowNextToTheirFieldsWithWhatWasTyped() {
		API.stubFor(put(urlEqualTo(PREFERENCES)).willReturn(ApiFixtures.problem(400, """
				{"status": 400, "title": "Dữ liệu không hợp lệ / Invalid input", "detail": "Yêu cầu có 2 lỗi / 2 problems",
				 "errors": [{"field": "phone", "message": "Cần số điện thoại để nhận SMS", "messageEn": "phone"},
				            {"field": "email", "message": "Địa chỉ thư điện tử không hợp lệ", "messageEn": "email"}]}""")));

		String body = send(formPost("/thong-bao/tuy-chon", officerToken(), "channels=SMS&email=tram.dongtam&digest=true"))
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
