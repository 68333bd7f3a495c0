package vn.health.calendar.theme;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import vn.health.calendar.CalendarApi;
import vn.health.calendar.CalendarSamples;
import vn.health.calendar.CalendarServiceTest;
import vn.health.calendar.RawHttp;
import vn.health.calendar.directory.Unit;
import vn.health.contracts.directory.UnitType;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Province and unit themes through the API, on the real Mongo-wire server; names carry a random tag per test. */
@CalendarServiceTest
class OwnThemesIntegrationTests {

	private static final String MAY = "/api/calendar/occurrences?from=2025-05-01&to=2025-05-31&unit=";

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	private final String unit = CalendarSamples.newUnitId();

	private final String other = CalendarSamples.newUnitId();

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@BeforeEach
	void theDirectoryKnowsTheUnits() {
		List.of(this.unit, this.other)
			.forEach((id) -> this.mongo.save(new Unit(id, "Trạm Y tế " + id, UnitType.COMMUNE_HEALTH_STATION, "cdc")));
	}

	@Test
	void showsAProvinceThemeToEveryUnitAndAUnitThemeToThatUnitOnly() {
		JsonHttp.Response province = add("PROVINCE", null, "Tháng vệ sinh môi trường " + this.tag, "Tháng 5");
		JsonHttp.Response own = add("UNIT", this.unit, "Ngày hội hiến máu xã " + this.tag, "15 - 16/5");

		assertThat(province.status()).as(province.toString()).isEqualTo(201);
		assertThat(own.status()).as(own.toString()).isEqualTo(201);
		assertThat(province.json().get("id").asString()).startsWith("province-");
		assertThat(own.json().get("unitId").asString()).isEqualTo(this.unit);
		assertThat(ours(this.unit)).extracting((o) -> o.get("scope").asString() + " " + o.get("start").asString()
				+ ".." + o.get("end").asString())
			.containsExactly("PROVINCE 2025-05-01..2025-05-31", "UNIT 2025-05-15..2025-05-16");
		assertThat(ours(this.other)).extracting((o) -> o.get("scope").asString()).containsExactly("PROVINCE");
	}

	@Test
	void refusesATimingTheParserCannotReadNamingTheTextAndStoresNothing() {
		JsonHttp.Response response = add("PROVINCE", null, "Ngày hội " + this.tag, "cuối tháng 5");

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode error = response.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo("timing");
		assertThat(response.body()).contains("Không đọc được thời điểm \\\"cuối tháng 5\\\"",
				"Cannot read date expression \\\"cuối tháng 5\\\"");
		assertThat(storedNamed("Ngày hội " + this.tag)).isZero();
	}

	@Test
	void namesEveryProblemOfABadThemeAtOnceAndStoresNothing() {
		JsonHttp.Response national = add("NATIONAL", null, "", "32/01");
		JsonHttp.Response unknownUnit = add("UNIT", "tyt-khong-co", "Ngày " + this.tag, "24/3");
		JsonHttp.Response provinceWithUnit = add("PROVINCE", this.unit, "Ngày " + this.tag, "24/3");

		assertThat(fields(national)).containsExactlyInAnyOrder("scope", "name", "timing");
		assertThat(fields(unknownUnit)).containsExactly("unitId");
		assertThat(unknownUnit.body()).contains("Không tìm thấy đơn vị tyt-khong-co");
		assertThat(fields(provinceWithUnit)).containsExactly("unitId");
		assertThat(storedNamed("Ngày " + this.tag)).isZero();
	}

	@Test
	void changesAThemesTimingAndKeepsItWhenTheChangeIsBad() {
		String id = add("UNIT", this.unit, "Chiến dịch tiêm chủng " + this.tag, "01 - 05/5").json().get("id").asString();

		JsonHttp.Response bad = http().put("/api/calendar/themes/" + id, body("UNIT", this.unit, "x", "40/5"));
		assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
		assertThat(http().get("/api/calendar/themes/" + id).json().get("timing").asString()).isEqualTo("01 - 05/5");

		JsonHttp.Response changed = http().put("/api/calendar/themes/" + id,
				body("UNIT", this.unit, "Chiến dịch tiêm chủng " + this.tag, "tuần 3 tháng 5"));
		assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
		assertThat(ours(this.unit)).extracting((o) -> o.get("start").asString()).containsExactly("2025-05-12");
	}

	@Test
	void removesATheme() throws Exception {
		String id = add("UNIT", this.unit, "Ngày bỏ " + this.tag, "20/5").json().get("id").asString();

		assertThat(RawHttp.delete(this.port, "/api/calendar/themes/" + id).statusCode()).isEqualTo(204);
		assertThat(ours(this.unit)).isEmpty();
		assertThat(http().get("/api/calendar/themes/" + id).status()).isEqualTo(404);
		assertThat(RawHttp.delete(this.port, "/api/calendar/themes/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void leavesTheNationalCatalogueAlone() throws Exception {
		HttpResponse<String> response = RawHttp.delete(this.port, "/api/calendar/themes/national-07");

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.body()).contains("danh mục quốc gia");
		assertThat(this.mongo.exists(new Query(Criteria.where("_id").is("national-07")), "themes")).isTrue();
	}

	@Test
	void listsAUnitsThemesByNameAPageAtATime() {
		add("UNIT", this.other, "B " + this.tag, "02/5");
		add("UNIT", this.other, "A " + this.tag, "01/5");
		add("UNIT", this.other, "C " + this.tag, "03/5");

		JsonNode page = http().get("/api/calendar/themes/own?unit=" + this.other + "&size=2").json();

		assertThat(page.get("total").asInt()).isEqualTo(3);
		assertThat(page.get("items").valueStream().map((theme) -> theme.get("name").asString()))
			.containsExactly("A " + this.tag, "B " + this.tag);
		assertThat(http().get("/api/calendar/themes/own?size=500").status()).isEqualTo(400);
	}

	private JsonHttp.Response add(String scope, String unitId, String name, String timing) {
		return http().post("/api/calendar/themes", body(scope, unitId, name, timing));
	}

	private static String body(String scope, String unitId, String name, String timing) {
		return """
				{"scope": "%s", %s"name": "%s", "timing": "%s", "category": "Vệ sinh môi trường"}"""
			.formatted(scope, (unitId != null) ? "\"unitId\": \"" + unitId + "\", " : "", name, timing);
	}

	/** The PROVINCE and UNIT occurrences of May 2025 this test added. */
	private List<JsonNode> ours(String unitId) {
		return http().get(MAY + unitId)
			.json()
			.get("occurrences")
			.valueStream()
			.filter((occurrence) -> occurrence.get("name").asString().endsWith(this.tag))
			.toList();
	}

	private long storedNamed(String name) {
		return this.mongo.count(new Query(Criteria.where("name").is(name)), "own_themes");
	}

	private static List<String> fields(JsonHttp.Response response) {
		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		return response.json().get("errors").valueStream().map((error) -> error.get("field").asString()).toList();
	}

	private JsonHttp http() {
		return CalendarApi.admin(this.port);
	}

}
