package vn.health.calendar.theme;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.calendar.CalendarApi;
import vn.health.calendar.CalendarServiceTest;
import vn.health.calendar.directory.Unit;
import vn.health.contracts.directory.UnitType;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;

@CalendarServiceTest
class ThemeOccurrencesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@BeforeEach
	void theDirectoryKnowsTheUnit() {
		this.mongo.save(new Unit("ttyt-yen-dung", "Trung tâm Y tế huyện Yên Dũng", UnitType.DISTRICT_HEALTH_CENTRE, "cdc"));
	}

	private JsonHttp http() {
		return CalendarApi.admin(this.port);
	}

	@Test
	void listsTheNationalThemesOverlappingARangeByStartDate() {
		JsonHttp.Response response = http().get("/api/calendar/occurrences?from=2024-03-20&to=2024-03-31&unit=ttyt-yen-dung");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		List<JsonNode> occurrences = response.json().get("occurrences").valueStream().toList();
		assertThat(occurrences).extracting((occurrence) -> occurrence.get("id").asString())
			.containsExactly("national-04-20240315-period", "national-05-20240320-day", "national-06-20240322-day",
					"national-07-20240324-day");
		assertThat(occurrences.get(3).toString()).isEqualTo("""
				{"id":"national-07-20240324-day","themeId":"national-07","order":7,\
				"name":"Ngày Thế giới phòng, chống lao","start":"2024-03-24","end":"2024-03-24",\
				"kind":"DAY","scope":"NATIONAL"}""");
	}

	@Test
	void includesACampaignMonthAndAWeekStartingBeforeTheRange() {
		JsonHttp.Response december = http().get("/api/calendar/occurrences?from=2024-12-31&to=2025-01-15");
		JsonHttp.Response may = http().get("/api/calendar/occurrences?from=2025-05-01&to=2025-05-01");

		assertThat(december.json().get("occurrences").valueStream().map((o) -> o.get("id").asString()))
			.containsExactly("national-35-20241201-month", "national-37-20241201-month", "national-01-20250115-period");
		assertThat(may.json().get("occurrences").valueStream().map((o) -> o.get("id").asString()))
			.containsExactly("national-10-20250428-period");
	}

	@Test
	void refusesBadRangesWithAProblemAtTheField() {
		assertProblem("?from=2024-04-01&to=2024-03-01", "to", "to must not be before from");
		assertProblem("?from=2024-01-01&to=2026-01-02", "to", "the range must not exceed 2 years");
		assertProblem("?from=2024-13-01&to=2024-12-31", "from", "Invalid parameter value: 2024-13-01");
		assertProblem("?from=01/03/2024&to=2024-12-31", "from", "Invalid parameter value: 01/03/2024");
		assertProblem("?to=2024-12-31", "from", "Required parameter is missing");
		assertProblem("?from=1999-12-31&to=2000-01-01", "from", "year must be between 2000 and 2100");
		assertProblem("?from=2024-01-01&to=2024-12-31&unit=%20", "unit", "unit is required");
		assertProblem("?from=2024-01-01&to=2024-12-31&unit=a/b", "unit",
				"unit may hold only letters, digits, '.', '-' and '_' (at most 64)");
		assertThat(http().get("/api/calendar/occurrences?from=2024-01-01&to=2026-01-01").status()).isEqualTo(200);
	}

	private void assertProblem(String query, String field, String messageEn) {
		JsonHttp.Response response = http().get("/api/calendar/occurrences" + query);

		assertThat(response.status()).as(query + " → " + response).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode error = response.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo(field);
		assertThat(error.get("messageEn").asString()).isEqualTo(messageEn);
		assertThat(error.get("message").asString()).isNotBlank();
	}

}
