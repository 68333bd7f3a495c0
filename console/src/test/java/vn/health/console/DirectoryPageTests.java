package vn.health.console;

import org.junit.jupiter.api.Test;
import vn.health.testkit.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Đơn vị: the directory as a tree under each supervisor, with contacts, read page by page. */
class DirectoryPageTests extends ConsoleTestSupport {

	@Test
	void theUnitsAreShownUnderTheirSupervisorsWithContacts() {
		String token = officerToken();

		String body = main(open("/don-vi", token).body());

		assertThat(body).contains("3 đơn vị, xếp theo đơn vị quản lý", ApiFixtures.CDC_NAME,
				"Trung tâm Y tế huyện Yên Thế", ApiFixtures.COMMUNE_NAME);
		assertThat(body.indexOf(ApiFixtures.CDC_NAME)).isLessThan(body.indexOf("Trung tâm Y tế huyện Yên Thế"));
		assertThat(body.indexOf("Trung tâm Y tế huyện Yên Thế")).isLessThan(body.indexOf("Trạm Y tế xã Đồng Tâm"));
		API.verify(getRequestedFor(urlEqualTo("/api/units?page=0&size=100"))
			.withHeader("Authorization", equalTo(TestTokens.bearer(token))));
	}

	@Test
	void aDirectoryLongerThanOnePageIsReadToTheEnd() {
		API.stubFor(get(urlPathEqualTo("/api/units")).withQueryParam("page", equalTo("0")).willReturn(okJson("""
				{"items": [{"id": "syt", "name": "Sở Y tế tỉnh Bắc Giang", "type": "SYT", "parentId": null,
				            "email": "syt@bacgiang.gov.vn", "phone": "0204 3854 000"}],
				 "page": 0, "size": 100, "total": 101}""")));
		API.stubFor(get(urlPathEqualTo("/api/units")).withQueryParam("page", equalTo("1")).willReturn(okJson("""
				{"items": [{"id": "cdc", "name": "Trung tâm Kiểm soát bệnh tật tỉnh Bắc Giang", "type": "CDC",
				            "parentId": "syt"}], "page": 1, "size": 100, "total": 101}""")));

		String body = main(open("/don-vi", officerToken()).body());

		assertThat(body).contains("2 đơn vị", "Sở Y tế tỉnh Bắc Giang", "mailto:syt@bacgiang.gov.vn",
				"tel:0204 3854 000", ApiFixtures.CDC_NAME);
		assertThat(body.indexOf("Sở Y tế tỉnh Bắc Giang")).isLessThan(body.indexOf(ApiFixtures.CDC_NAME));
	}

	/** The page without its header, which names the user's own unit. */
	private static String main(String page) {
		return page.substring(page.indexOf("<main"));
	}

}
