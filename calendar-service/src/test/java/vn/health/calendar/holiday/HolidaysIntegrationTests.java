package vn.health.calendar.holiday;

import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.calendar.CalendarApi;
import vn.health.calendar.CalendarServiceTest;
import vn.health.testkit.JsonHttp;

import static org.assertj.core.api.Assertions.assertThat;

@CalendarServiceTest
class HolidaysIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	private JsonHttp http() {
		return CalendarApi.admin(this.port);
	}

	@Test
	void listsTheLabourCodeHolidaysOfAYear() {
		JsonHttp.Response response = http().get("/api/calendar/holidays?year=2026");

		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		List<JsonNode> holidays = response.json().get("holidays").valueStream().toList();
		assertThat(holidays).hasSize(11);
		assertThat(holidays.get(2).toString()).isEqualTo("""
				{"date":"2026-02-17","name":"Tết Nguyên đán (mùng 1)","basis":"LABOUR_CODE"}""");
		assertThat(response.json().get("workingDays").size()).isZero();
	}

	@Test
	void storesTheGovernmentsDecisionsAndShowsThemInTheYear() {
		JsonHttp.Response dayOff = http().post("/api/calendar/holidays/adjustments",
				"{\"date\":\"2030-02-06\",\"kind\":\"DAY_OFF\",\"reason\":\"QĐ nghỉ Tết 2030\"}");
		JsonHttp.Response worked = http().post("/api/calendar/holidays/adjustments",
				"{\"date\":\"2030-02-16\",\"kind\":\"WORKING_DAY\",\"reason\":\"QĐ nghỉ Tết 2030\"}");
		JsonHttp.Response nationalDay = http().post("/api/calendar/holidays/adjustments",
				"{\"date\":\"2030-09-03\",\"kind\":\"NATIONAL_DAY_ADJACENT\",\"reason\":\"QĐ Quốc khánh 2030\"}");

		assertThat(dayOff.status()).as(dayOff.toString()).isEqualTo(201);
		assertThat(dayOff.body())
			.isEqualTo("{\"date\":\"2030-02-06\",\"kind\":\"DAY_OFF\",\"reason\":\"QĐ nghỉ Tết 2030\"}");
		assertThat(worked.status()).as(worked.toString()).isEqualTo(201);
		assertThat(nationalDay.status()).as(nationalDay.toString()).isEqualTo(201);
		JsonNode year = http().get("/api/calendar/holidays?year=2030").json();
		assertThat(year.get("holidays").valueStream().map((day) -> day.get("date").asString()))
			.contains("2030-02-06", "2030-09-03")
			.doesNotContain("2030-09-01");
		assertThat(year.get("workingDays").get(0).get("date").asString()).isEqualTo("2030-02-16");
	}

	@Test
	void refusesASecondDecisionForTheSameDateOrYearWithAConflict() {
		String body = "{\"date\":\"2031-01-04\",\"kind\":\"WORKING_DAY\",\"reason\":\"QĐ 2031\"}";
		assertThat(http().post("/api/calendar/holidays/adjustments", body).status()).isEqualTo(201);
		http().post("/api/calendar/holidays/adjustments",
				"{\"date\":\"2031-09-03\",\"kind\":\"NATIONAL_DAY_ADJACENT\",\"reason\":\"QĐ 2031\"}");

		JsonHttp.Response again = http().post("/api/calendar/holidays/adjustments", body);
		JsonHttp.Response otherNationalDay = http().post("/api/calendar/holidays/adjustments",
				"{\"date\":\"2031-09-01\",\"kind\":\"NATIONAL_DAY_ADJACENT\",\"reason\":\"QĐ 2031\"}");

		assertThat(again.status()).as(again.toString()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.json().get("detail").asString()).contains("Ngày 2031-01-04 đã có điều chỉnh");
		assertThat(otherNationalDay.status()).as(otherNationalDay.toString()).isEqualTo(409);
		assertThat(otherNationalDay.json().get("detail").asString())
			.contains("Ngày liền kề Quốc khánh năm 2031 đã được chọn");
	}

	@Test
	void refusesInvalidDecisionsStoringNothing() {
		long before = this.mongo.getCollection("holiday_adjustments").countDocuments();

		assertProblem("{\"date\":\"2032-01-03\",\"kind\":\"DAY_OFF\",\"reason\":\"x\"}", "date",
				"this date is already a day off");
		assertProblem("{\"date\":\"2032-01-05\",\"kind\":\"WORKING_DAY\",\"reason\":\"x\"}", "date",
				"a compensatory working day must be a Saturday or Sunday that is not a holiday");
		assertProblem("{\"date\":\"2032-01-05\",\"kind\":\"HOLIDAY\",\"reason\":\"x\"}", "kind",
				"Value has the wrong format or type");
		assertProblem("{\"date\":\"05/01/2032\",\"kind\":\"DAY_OFF\",\"reason\":\"x\"}", "date",
				"Value has the wrong format or type");
		assertProblem("{\"kind\":\"DAY_OFF\",\"reason\":\"x\"}", "date", "date is required");
		assertProblem("{\"date\":\"2032-01-05\",\"kind\":\"DAY_OFF\"}", "reason",
				"reason is required (the decision's number and date)");
		assertProblem("not json", "", "Request body is missing or not valid JSON");
		assertThat(this.mongo.getCollection("holiday_adjustments").countDocuments()).isEqualTo(before);
	}

	@Test
	void refusesAYearOutsideTheCalendar() {
		JsonHttp.Response response = http().get("/api/calendar/holidays?year=1999");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
	}

	private void assertProblem(String body, String field, String messageEn) {
		JsonHttp.Response response = http().post("/api/calendar/holidays/adjustments", body);

		assertThat(response.status()).as(body + " → " + response).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode error = response.json().get("errors").get(0);
		assertThat(error.get("field").asString()).isEqualTo(field);
		assertThat(error.get("messageEn").asString()).isEqualTo(messageEn);
	}

}
