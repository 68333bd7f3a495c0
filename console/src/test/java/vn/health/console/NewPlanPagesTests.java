package vn.health.console;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.health.testkit.security.TestTokens;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Tạo kế hoạch mới: a draft typed in by a Sở admin, sent as plan-service's draft, refused at its fields. */
class NewPlanPagesTests extends ConsoleTestSupport {

	private static final String PLANS = "/api/plans";

	/** The header, an empty first requirement row, a filled second one and an assignment to district centres. */
	private static final String TYPED = "number=%2FKH-SYT&title=K%E1%BA%BF+ho%E1%BA%A1ch+truy%E1%BB%81n+th%C3%B4ng"
			+ "+ph%C3%B2ng%2C+ch%E1%BB%91ng+b%E1%BB%87nh+tay+ch%C3%A2n+mi%E1%BB%87ng&year=2024&place=&kind=YEARLY"
			+ "&period.from=&period.to=&requirements%5B0%5D.title=&requirements%5B0%5D.period=&requirements%5B0%5D.dueDate="
			+ "&requirements%5B0%5D.dueRule=BEFORE_DAY&requirements%5B1%5D.title=B%C3%A1o+c%C3%A1o+qu%C3%BD+III"
			+ "&requirements%5B1%5D.period=Qu%C3%BD+III&requirements%5B1%5D.dueDate=2024-09-20"
			+ "&requirements%5B1%5D.dueRule=END_OF_DAY&requirements%5B1%5D.reporterUnitTypes=COMMUNE_HEALTH_STATION"
			+ "&requirements%5B1%5D.reporterUnitTypes=DISTRICT_HEALTH_CENTRE"
			+ "&assignments%5B0%5D.assignee=Trung+t%C3%A2m+Y+t%E1%BA%BF+c%C3%A1c+huy%E1%BB%87n"
			+ "&assignments%5B0%5D.task=Truy%E1%BB%81n+th%C3%B4ng+t%E1%BA%A1i+tr%C6%B0%E1%BB%9Dng+h%E1%BB%8Dc"
			+ "&assignments%5B0%5D.unitTypes=DISTRICT_HEALTH_CENTRE";

	@Test
	void theFormStartsWithOneEmptyRowOfEachPart() {
		String body = open("/ke-hoach/moi", adminToken()).body();

		assertThat(body).contains("Tạo kế hoạch mới", "<label for=\"title\">Tên kế hoạch</label>",
				"name=\"requirements[0].dueDate\"", "<legend>Đơn vị báo cáo (theo loại)</legend>",
				"id=\"requirements-0-reporterUnitTypes-COMMUNE_HEALTH_STATION\"", "Trạm Y tế xã, phường, thị trấn",
				"name=\"assignments[0].task\"", "<legend>Giao cho (theo loại đơn vị)</legend>")
			.contains("name=\"legalBases[0].title\"", "name=\"sections[0].heading\"", "name=\"themes[0].timing\"",
					"name=\"recipients[0].name\"", "id=\"signer-authority\"", "name=\"contacts[0].email\"",
					"<button type=\"submit\" class=\"primary\">Tạo dự thảo</button>")
			.doesNotContain("name=\"requirements[1].title\"", "data-confirm");
	}

	@Test
	void theDraftIsSentIssuedByTheAdminsUnitWithEmptyRowsLeftOut() {
		String token = adminToken();
		API.stubFor(post(urlEqualTo(PLANS)).willReturn(okJson("""
				{"id": "kh-tay-chan-mieng", "status": "DRAFT", "version": 0, "number": "/KH-SYT",
				 "title": "Kế hoạch truyền thông phòng, chống bệnh tay chân miệng", "year": 2024}""")));

		HttpResponse<String> answer = send(formPost("/ke-hoach/moi", token, TYPED));

		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location")).hasValue("/ke-hoach/kh-tay-chan-mieng");
		API.verify(postRequestedFor(urlEqualTo(PLANS)).withHeader("Authorization", equalTo(TestTokens.bearer(token)))
			.withRequestBody(equalToJson("""
					{"issuerUnitId": "syt", "number": "/KH-SYT",
					 "title": "Kế hoạch truyền thông phòng, chống bệnh tay chân miệng", "place": null, "kind": "YEARLY",
					 "year": 2024,
					 "requirements": [{"title": "Báo cáo quý III", "period": "Quý III", "dueDate": "2024-09-20",
					   "dueRule": "END_OF_DAY", "reporterUnitTypes": ["COMMUNE_HEALTH_STATION", "DISTRICT_HEALTH_CENTRE"]}],
					 "assignments": [{"assignee": "Trung tâm Y tế các huyện", "task": "Truyền thông tại trường học",
					   "unitTypes": ["DISTRICT_HEALTH_CENTRE"]}]}""")));
	}

	@Test
	void theOtherPartsOfThePlanAreSentAsTyped() {
		API.stubFor(post(urlEqualTo(PLANS)).willReturn(okJson("""
				{"id": "kh-tay-chan-mieng", "status": "DRAFT", "version": 0, "title": "Kế hoạch", "year": 2024}""")));
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("title", "Kế hoạch truyền thông phòng, chống bệnh tay chân miệng");
		typed.put("year", "2024");
		typed.put("legalBases[0].number", "128/QĐ-BYT");
		typed.put("legalBases[0].date", "2024-01-15");
		typed.put("legalBases[0].issuer", "Bộ Y tế");
		typed.put("legalBases[0].title", "Kế hoạch truyền thông phòng, chống dịch bệnh năm 2024");
		typed.put("sections[0].kind", "OTHER");
		typed.put("sections[1].kind", "OBJECTIVES");
		typed.put("sections[1].heading", "I. MỤC ĐÍCH, YÊU CẦU");
		typed.put("sections[1].text", "Nâng cao hiểu biết của phụ huynh và giáo viên.");
		typed.put("themes[0].name", "Ngày Vệ sinh yêu nước nâng cao sức khỏe nhân dân");
		typed.put("themes[0].timing", "2/7");
		typed.put("recipients[0].name", "UBND tỉnh (b/c)");
		typed.put("budget.text", "Từ nguồn ngân sách sự nghiệp y tế năm 2024.");
		typed.put("signer.authority", "KT");
		typed.put("signer.title", "Phó Giám đốc");
		typed.put("signer.fullName", "Nguyễn Văn A");
		typed.put("contacts[0].name", "Trần Thị Bình");
		typed.put("contacts[0].phone", "0912 345 678");

		assertThat(postForm("/ke-hoach/moi", adminToken(), typed).statusCode()).isEqualTo(302);

		API.verify(postRequestedFor(urlEqualTo(PLANS)).withRequestBody(equalToJson("""
				{"issuerUnitId": "syt", "number": null, "title": "Kế hoạch truyền thông phòng, chống bệnh tay chân miệng",
				 "year": 2024, "place": null, "kind": null,
				 "legalBases": [{"number": "128/QĐ-BYT", "date": "2024-01-15", "issuer": "Bộ Y tế",
				   "title": "Kế hoạch truyền thông phòng, chống dịch bệnh năm 2024"}],
				 "sections": [{"kind": "OBJECTIVES", "heading": "I. MỤC ĐÍCH, YÊU CẦU",
				   "text": "Nâng cao hiểu biết của phụ huynh và giáo viên.", "subsections": []}],
				 "themes": [{"name": "Ngày Vệ sinh yêu nước nâng cao sức khỏe nhân dân", "timing": "2/7"}],
				 "recipients": [{"name": "UBND tỉnh (b/c)"}],
				 "budget": {"text": "Từ nguồn ngân sách sự nghiệp y tế năm 2024."},
				 "signer": {"authority": "KT", "title": "Phó Giám đốc", "fullName": "Nguyễn Văn A"},
				 "contacts": [{"name": "Trần Thị Bình", "role": null, "phone": "0912 345 678", "email": null}]}""")));
	}

	@Test
	void addingARowKeepsWhatWasTypedAndSendsNothing() {
		String body = send(formPost("/ke-hoach/moi", adminToken(), TYPED + "&them=requirements")).body();

		assertThat(body).contains("value=\"Báo cáo quý III\"", "name=\"requirements[1].title\"",
				"id=\"requirements-0-reporterUnitTypes-DISTRICT_HEALTH_CENTRE\" checked",
				"<legend>Báo cáo 2</legend>", "Truyền thông tại trường học</textarea>")
			.doesNotContain("name=\"requirements[2].title\"", "name=\"assignments[1].task\"",
					"name=\"contacts[1].name\"");
		API.verify(0, postRequestedFor(urlEqualTo(PLANS)));
	}

	@Test
	void theApisProblemsShowAtTheRowsAsShown() {
		API.stubFor(post(urlEqualTo(PLANS)).willReturn(ApiFixtures.problem(400, """
				{"status": 400, "title": "Dữ liệu không hợp lệ / Invalid input", "detail": "Yêu cầu có 2 lỗi / 2 problems",
				 "errors": [{"field": "requirements[0].dueDate", "message": "Hạn nộp phải trong năm kế hoạch hoặc năm sau",
				             "messageEn": "dueDate"},
				            {"field": "assignments[0].unitIds",
				             "message": "Cần chọn đơn vị hoặc loại đơn vị được phân công", "messageEn": "unitIds"}]}""")));

		String body = send(formPost("/ke-hoach/moi", adminToken(), TYPED)).body();

		assertThat(body).contains(
				"id=\"requirements-0-dueDate\" name=\"requirements[0].dueDate\" type=\"date\" value=\"2024-09-20\" aria-invalid=\"true\"",
				"id=\"loi-requirements-0-dueDate\">Hạn nộp phải trong năm kế hoạch hoặc năm sau</p>",
				"id=\"loi-assignments-0-unitTypes\">Cần chọn đơn vị hoặc loại đơn vị được phân công</p>",
				"value=\"Kế hoạch truyền thông phòng, chống bệnh tay chân miệng\"");
	}

	@Test
	void aYearThatIsNoYearIsRefusedHere() {
		String body = send(formPost("/ke-hoach/moi", adminToken(), TYPED.replace("year=2024", "year=24"))).body();

		assertThat(body).contains("id=\"loi-year\">Năm kế hoạch là số có bốn chữ số, ví dụ 2024</p>");
		API.verify(0, postRequestedFor(urlEqualTo(PLANS)));
	}

	@Test
	void onlyTheProvincesAdministratorsCreatePlans() {
		assertThat(open("/ke-hoach/moi", coordinatorToken()).statusCode()).isEqualTo(403);
		assertThat(send(formPost("/ke-hoach/moi", officerToken(), TYPED)).statusCode()).isEqualTo(403);
		PlanFixtures.search(API);
		assertThat(open("/ke-hoach", coordinatorToken()).body()).contains("12/KH-SYT").doesNotContain("Tạo kế hoạch mới");
		API.verify(0, postRequestedFor(urlEqualTo(PLANS)));
	}

}
