package vn.health.calendar.audit;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.calendar.CalendarApi;
import vn.health.calendar.CalendarSamples;
import vn.health.calendar.CalendarServiceTest;
import vn.health.calendar.RawHttp;
import vn.health.calendar.directory.Unit;
import vn.health.contracts.directory.UnitType;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Who changed themes, holiday decisions and feed tokens, as the Sở's administrators read it back. */
@CalendarServiceTest
class AuditIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	private final String unit = CalendarSamples.newUnitId();

	@BeforeEach
	void theDirectoryKnowsTheUnit() {
		this.mongo.save(new Unit(this.unit, "Trung tâm Y tế " + this.unit, UnitType.DISTRICT_HEALTH_CENTRE, "cdc"));
	}

	@Test
	void recordsWhoChangedAUnitsThemesAndFeedNewestFirstWithoutTheToken() throws Exception {
		JsonHttp officer = CalendarApi.as(this.port, "UNIT_OFFICER", this.unit);
		String id = officer.post("/api/calendar/themes", "{\"scope\": \"UNIT\", \"unitId\": \"" + this.unit
				+ "\", \"name\": \"Ngày hội hiến máu\", \"timing\": \"15 - 16/5\"}").json().get("id").asString();
		String token = officer.post("/api/calendar/feeds/" + this.unit + "/token", null).json().get("token").asString();
		assertThat(RawHttp.delete(this.port, "/api/calendar/themes/" + id).statusCode()).isEqualTo(204);

		List<JsonNode> entries = auditOf("?unit=" + this.unit);

		assertThat(entries).extracting((entry) -> entry.get("action").asString() + " " + entry.get("by").asString())
			.containsExactly("THEME_REMOVED user.syt", "FEED_TOKEN_ROTATED user." + this.unit,
					"THEME_ADDED user." + this.unit);
		assertThat(entries.get(2).get("target").asString()).isEqualTo(id);
		assertThat(entries.get(2).get("detail").asString()).isEqualTo("Ngày hội hiến máu (15 - 16/5)");
		assertThat(entries.get(1).get("byUnitId").asString()).isEqualTo(this.unit);
		assertThat(entries.toString()).doesNotContain(token);
	}

	@Test
	void recordsHolidayDecisionsAndNothingForARefusedOne() throws Exception {
		JsonHttp admin = CalendarApi.admin(this.port);
		assertThat(admin.post("/api/calendar/holidays/adjustments",
				"{\"date\": \"2092-01-02\", \"kind\": \"DAY_OFF\", \"reason\": \"Thông báo thử nghiệm\"}").status())
			.isEqualTo(201);
		assertThat(admin.post("/api/calendar/holidays/adjustments",
				"{\"date\": \"2092-01-02\", \"kind\": \"DAY_OFF\", \"reason\": \"Lần hai\"}").status())
			.isEqualTo(400);
		assertThat(CalendarApi.as(this.port, "COORDINATOR", "cdc").post("/api/calendar/holidays/adjustments",
				"{\"date\": \"2092-01-03\", \"kind\": \"DAY_OFF\", \"reason\": \"Không được phép\"}").status())
			.isEqualTo(403);
		assertThat(RawHttp.delete(this.port, "/api/calendar/holidays/adjustments/2092-01-02").statusCode())
			.isEqualTo(200);

		List<JsonNode> entries = auditOf("?action=HOLIDAY_ADJUSTED&size=100");

		assertThat(entries).filteredOn((entry) -> entry.get("target").asString().startsWith("2092-"))
			.extracting((entry) -> entry.get("target").asString() + " " + entry.get("detail").asString())
			.containsExactly("2092-01-02 DAY_OFF: Thông báo thử nghiệm");
		assertThat(auditOf("?action=HOLIDAY_WITHDRAWN&size=100"))
			.filteredOn((entry) -> entry.get("target").asString().equals("2092-01-02"))
			.hasSize(1);
	}

	@Test
	void refusesAnUnknownActionOrAMalformedUnit() {
		for (String query : List.of("?action=THEME_EATEN", "?unit=%C4%91%C6%A1n%20v%E1%BB%8B", "?size=0")) {
			JsonHttp.Response response = CalendarApi.admin(this.port).get("/api/calendar/audit" + query);

			assertThat(response.status()).as(query + " → " + response).isEqualTo(400);
			assertThat(response.contentType()).startsWith("application/problem+json");
		}
	}

	private List<JsonNode> auditOf(String query) {
		JsonHttp.Response response = CalendarApi.admin(this.port).get("/api/calendar/audit" + query);
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json().get("items").valueStream().toList();
	}

}
