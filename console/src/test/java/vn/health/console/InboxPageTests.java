package vn.health.console;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.health.testkit.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Thông báo: the unit's inbox, marking entries read, and where the page subscribes for live notices. */
class InboxPageTests extends ConsoleTestSupport {

	@Test
	void theInboxListsTheUnitsNoticesAndSubscribesToItsStream() {
		String token = officerToken();
		DashboardFixtures.unit(API);

		String body = open("/thong-bao", token).body();

		assertThat(body).contains("Thông báo", "Báo cáo quý II đã quá hạn", "Thông báo đã đọc",
				"class=\"unread\"", "data-stream=\"/api/notifications/stream?unit=" + ApiFixtures.COMMUNE + "\"",
				"/js/inbox.js", "hx-post=\"/thong-bao/n1/da-doc\"", "Đánh dấu tất cả đã đọc")
			.doesNotContain("/thong-bao/n0/da-doc");
		API.verify(getRequestedFor(urlEqualTo("/api/notifications/inbox?unit=" + ApiFixtures.COMMUNE
				+ "&page=0&size=50")).withHeader("Authorization", equalTo(TestTokens.bearer(token))));
	}

	@Test
	void anEntryMarkedReadWithHtmxComesBackAloneAndRead() {
		String token = officerToken();
		API.stubFor(post(urlEqualTo("/api/notifications/inbox/n1/read")).willReturn(okJson("""
				{"id": "n1", "unitId": "tyt-dong-tam", "title": "Báo cáo quý II đã quá hạn", "body": "Chưa nộp.",
				 "createdAt": "2024-06-20T01:00:00Z", "read": true}""")));

		HttpResponse<String> htmx = send(formPost("/thong-bao/n1/da-doc", token, Map.of()).header("HX-Request", "true"));
		HttpResponse<String> plain = postForm("/thong-bao/n1/da-doc", token, Map.of());

		assertThat(htmx.body()).startsWith("<li id=\"thong-bao-n1\"").contains("20/06/2024 08:00 · Đã đọc")
			.doesNotContain("unread", "Đánh dấu đã đọc", "<main");
		assertThat(plain.statusCode()).isEqualTo(302);
		assertThat(plain.headers().firstValue("Location")).hasValue("/thong-bao");
		API.verify(2, postRequestedFor(urlEqualTo("/api/notifications/inbox/n1/read"))
			.withHeader("Authorization", equalTo(TestTokens.bearer(token))));
	}

	@Test
	void everythingIsMarkedReadForTheUsersUnit() {
		API.stubFor(post(urlEqualTo("/api/notifications/inbox/read-all?unit=" + ApiFixtures.COMMUNE))
			.willReturn(okJson("{\"unit\": \"tyt-dong-tam\", \"unread\": 0}")));

		HttpResponse<String> answer = postForm("/thong-bao/da-doc-het", officerToken(), Map.of());

		assertThat(answer.statusCode()).isEqualTo(302);
		API.verify(1, postRequestedFor(urlEqualTo("/api/notifications/inbox/read-all?unit=" + ApiFixtures.COMMUNE)));
	}

}
