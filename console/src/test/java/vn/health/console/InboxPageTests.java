package vn.health.console;

import org.junit.jupiter.api.Test;
import vn.health.testkit.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Thông báo: the unit's inbox, and where the page subscribes for live notices. */
class InboxPageTests extends ConsoleTestSupport {

	@Test
	void theInboxListsTheUnitsNoticesAndSubscribesToItsStream() {
		String token = officerToken();
		DashboardFixtures.unit(API);

		String body = open("/thong-bao", token).body();

		assertThat(body).contains("Thông báo", "Báo cáo quý II đã quá hạn", "Thông báo đã đọc",
				"class=\"unread\"", "data-stream=\"/api/notifications/stream?unit=" + ApiFixtures.COMMUNE + "\"",
				"/js/inbox.js");
		API.verify(getRequestedFor(urlEqualTo("/api/notifications/inbox?unit=" + ApiFixtures.COMMUNE
				+ "&page=0&size=50")).withHeader("Authorization", equalTo(TestTokens.bearer(token))));
	}

}
