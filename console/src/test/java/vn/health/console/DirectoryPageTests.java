package vn.health.console;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import vn.health.testkit.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Đơn vị: the directory as a tree under each supervisor, with contacts, read page by page; merges by Sở admins. */
class DirectoryPageTests extends ConsoleTestSupport {

	@Test
	void theUnitsAreShownUnderTheirSupervisorsWithContacts() {
		String token = officerToken();

		String body = main(open("/don-vi", token).body());

		assertThat(body).contains("3 đơn vị, xếp theo đơn vị quản lý", ApiFixtures.CDC_NAME,
				"Trung tâm Y tế huyện Yên Thế", ApiFixtures.COMMUNE_NAME);
		assertThat(body.indexOf(ApiFixtures.CDC_NAME)).isLessThan(body.indexOf("Trung tâm Y tế huyện Yên Thế"));
		assertThat(body.indexOf("Trung tâm Y tế huyện Yên Thế")).isLessThan(body.indexOf("Trạm Y tế xã Đồng Tâm"));
		assertThat(body).containsOnlyOnce("Trung tâm Y tế huyện Yên Thế").containsOnlyOnce(ApiFixtures.CDC_NAME);
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

	@Test
	void aMergedUnitNamesItsSuccessor() {
		API.stubFor(get(urlPathEqualTo("/api/units")).willReturn(okJson(MERGED)));

		String body = main(open("/don-vi", officerToken()).body());

		assertThat(body).contains("class=\"unit-card ended\"",
				"Đã sáp nhập vào Trạm Y tế xã Đồng Tâm (hoạt động đến hết ngày 30/06/2025)");
	}

	@Test
	void anAdminMergesUnitsIntoASuccessorFromADay() {
		String token = adminToken();
		API.stubFor(post(urlEqualTo("/api/units/tyt-dong-tam/merge")).willReturn(okJson("""
				{"id": "tyt-dong-tam", "name": "Trạm Y tế xã Đồng Tâm", "type": "TYT"}""")));

		String form = main(open("/don-vi", token).body());
		HttpResponse<String> answer = send(formPost("/don-vi/sap-nhap", token, "successorId=tyt-dong-tam"
				+ "&mergedUnitIds=tyt-tam-hiep&mergedUnitIds=tyt-tam-tien&effectiveFrom=2025-07-01"
				+ "&reason=Ngh%E1%BB%8B+quy%E1%BA%BFt+1656%2FNQ-UBTVQH15"));

		assertThat(form).contains("Sáp nhập đơn vị", "data-confirm=", "name=\"successorId\"",
				"name=\"mergedUnitIds\" value=\"" + ApiFixtures.COMMUNE + "\"");
		assertThat(answer.statusCode()).isEqualTo(302);
		API.verify(postRequestedFor(urlEqualTo("/api/units/tyt-dong-tam/merge"))
			.withHeader("Authorization", equalTo(TestTokens.bearer(token)))
			.withRequestBody(equalToJson("""
					{"mergedUnitIds": ["tyt-tam-hiep", "tyt-tam-tien"], "effectiveFrom": "2025-07-01",
					 "reason": "Nghị quyết 1656/NQ-UBTVQH15"}""")));
	}

	@Test
	void aMergeWithoutASuccessorIsStoppedHereAndTheApisProblemsShowAtTheirFields() {
		String token = adminToken();
		API.stubFor(post(urlEqualTo("/api/units/cdc/merge")).willReturn(ApiFixtures.problem(400, """
				{"status": 400, "title": "Dữ liệu không hợp lệ / Invalid input", "detail": "Yêu cầu có 2 lỗi / 2 problems",
				 "errors": [{"field": "mergedUnitIds", "message": "Chưa chọn đơn vị được sáp nhập", "messageEn": "x"},
				            {"field": "effectiveFrom", "message": "Chưa có ngày sáp nhập có hiệu lực", "messageEn": "y"}]}""")));

		String withoutSuccessor = main(send(formPost("/don-vi/sap-nhap", token, "effectiveFrom=2025-07-01")).body());
		API.verify(0, postRequestedFor(urlMatching("/api/units/.*")));
		String refused = main(send(formPost("/don-vi/sap-nhap", token, "successorId=cdc&reason=Theo+%C4%91%E1%BB%81+%C3%A1n"))
			.body());

		assertThat(withoutSuccessor).contains("id=\"loi-successorId\">Chọn đơn vị tiếp nhận (đơn vị sau sáp nhập)</p>",
				"value=\"2025-07-01\"");
		assertThat(refused).contains("id=\"loi-mergedUnitIds\">Chưa chọn đơn vị được sáp nhập</p>",
				"id=\"loi-effectiveFrom\">Chưa có ngày sáp nhập có hiệu lực</p>", "Theo đề án</textarea>",
				"value=\"cdc\" selected");
	}

	@Test
	void onlySoAdminsMerge() {
		assertThat(main(open("/don-vi", coordinatorToken()).body())).doesNotContain("Sáp nhập đơn vị");
		assertThat(send(formPost("/don-vi/sap-nhap", coordinatorToken(), "successorId=cdc&mergedUnitIds=x")).statusCode())
			.isEqualTo(403);
		API.verify(0, postRequestedFor(urlMatching("/api/units/.*")));
	}

	private static final String MERGED = """
			{"items": [
			  {"id": "tyt-dong-tam", "name": "Trạm Y tế xã Đồng Tâm", "type": "TYT", "parentId": null},
			  {"id": "tyt-tam-hiep", "name": "Trạm Y tế xã Tam Hiệp", "type": "TYT", "parentId": null,
			   "activeTo": "2025-06-30", "successorId": "tyt-dong-tam"}
			], "page": 0, "size": 100, "total": 2}""";

	/** The page without its header, which names the user's own unit. */
	private static String main(String page) {
		return page.substring(page.indexOf("<main"));
	}

}
