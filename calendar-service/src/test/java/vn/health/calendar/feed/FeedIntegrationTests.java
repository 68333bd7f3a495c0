package vn.health.calendar.feed;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
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
import vn.health.calendar.directory.Unit;
import vn.health.contracts.EventType;
import vn.health.contracts.directory.UnitType;
import vn.health.testkit.JsonHttp;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CalendarServiceTest
class FeedIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	private final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrap());

	@BeforeEach
	void theDirectoryKnowsTheUnits() {
		List.of("ttyt-luc-nam", "tyt-xa-tan-son", "cdc-bac-giang")
			.forEach((unit) -> this.mongo.save(new Unit(unit, unit, UnitType.DISTRICT_HEALTH_CENTRE, "cdc")));
	}

	@Test
	void showsTheThemesOfTheUnitsPlansOfThisYearInItsFeed() throws Exception {
		String unit = CalendarSamples.newUnitId();
		String planId = UUID.randomUUID().toString();
		int year = LocalDate.now().getYear();
		this.kafka.send(CalendarSamples.unit(unit));
		this.kafka.send(CalendarSamples.plan(EventType.PLAN_ISSUED, planId, unit, (plan) -> plan.put("year", year)
			.putObject("period").put("from", year + "-01-01").put("to", year + "-12-31")));
		String march = "/api/calendar/occurrences?from=%d-03-01&to=%d-03-31&unit=%s".formatted(year, year, unit);
		await().atMost(Duration.ofSeconds(30)).until(() -> json().get(march).body().contains(planId));

		String body = get(json().post("/api/calendar/feeds/" + unit + "/token", "").json().get("feed").asString()).body();

		assertThat(new CalendarBuilder().build(new StringReader(body)).<VEvent>getComponents(VEvent.VEVENT))
			.filteredOn((event) -> event.getProperty(Property.UID).orElseThrow().getValue().startsWith("plan-" + planId))
			.hasSize(2);
		assertThat(body).contains("CATEGORIES:Kế hoạch");
	}

	@Test
	void showsTheProvincesAndTheUnitsOwnThemesInItsFeed() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		json().post("/api/calendar/themes", """
				{"scope": "UNIT", "unitId": "cdc-bac-giang", "name": "Ngày hội %s", "timing": "20/11"}""".formatted(tag));
		json().post("/api/calendar/themes", """
				{"scope": "PROVINCE", "name": "Tháng %s", "timing": "Tháng 10"}""".formatted(tag));

		String body = get(json().post("/api/calendar/feeds/cdc-bac-giang/token", "").json().get("feed").asString()).body();

		assertThat(new CalendarBuilder().build(new StringReader(body)).<VEvent>getComponents(VEvent.VEVENT))
			.extracting((event) -> event.getProperty(Property.SUMMARY).orElseThrow().getValue())
			.filteredOn((summary) -> summary.contains(tag))
			.containsExactly("Tháng " + tag + " (cả tháng)", "Ngày hội " + tag, "Tháng " + tag + " (cả tháng)",
					"Ngày hội " + tag);
	}

	@Test
	void refusesATokenForAUnitTheDirectoryDoesNotKnow() {
		JsonHttp.Response response = json().post("/api/calendar/feeds/ttyt-khong-co/token", "");

		assertThat(response.status()).as(response.toString()).isEqualTo(404);
		assertThat(this.mongo.exists(new Query(Criteria.where("_id").is("ttyt-khong-co")), "feed_tokens")).isFalse();
	}

	@Test
	void servesTheUnitsFeedWithThisAndNextYearsThemesToTheHolderOfItsToken() throws Exception {
		JsonNode issued = json().post("/api/calendar/feeds/ttyt-luc-nam/token", "").json();

		HttpResponse<String> response = get(issued.get("feed").asString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
		List<VEvent> events = new CalendarBuilder().build(new StringReader(response.body()))
			.getComponents(VEvent.VEVENT);
		assertThat(events).hasSizeGreaterThanOrEqualTo(2 * 40);
		assertThat(events).allSatisfy((event) -> {
			assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).endsWith("@truyenthongyte.vn");
			assertThat(event.getAlarms()).hasSize(1);
		});
		assertThat(response.body()).contains("SUMMARY:Ngày Thế giới phòng\\, chống lao", "METHOD:PUBLISH",
				"X-WR-CALNAME:Lịch truyền thông y tế – ttyt-luc-nam", "X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
	}

	@Test
	void keepsOnlyTheTokensHashAndStopsTheOldTokenWhenRotated() throws IOException, InterruptedException {
		String first = json().post("/api/calendar/feeds/tyt-xa-tan-son/token", "").json().get("token").asString();
		JsonHttp.Response rotated = json().post("/api/calendar/feeds/tyt-xa-tan-son/token", "");

		assertThat(rotated.status()).isEqualTo(201);
		String second = rotated.json().get("token").asString();
		assertThat(get("/api/calendar/feeds/tyt-xa-tan-son.ics?token=" + first).statusCode()).isEqualTo(404);
		assertThat(get("/api/calendar/feeds/tyt-xa-tan-son.ics?token=" + second).statusCode()).isEqualTo(200);
		assertThat(this.mongo.getCollection("feed_tokens").find().first().toJson()).doesNotContain(first, second);
	}

	@Test
	void answersAWrongMissingOrUnknownTokenWithTheSameNotFound() throws IOException, InterruptedException {
		json().post("/api/calendar/feeds/cdc-bac-giang/token", "");

		for (String path : List.of("/api/calendar/feeds/cdc-bac-giang.ics?token=guess",
				"/api/calendar/feeds/cdc-bac-giang.ics", "/api/calendar/feeds/no-such-unit.ics?token=guess")) {
			HttpResponse<String> response = get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
			assertThat(response.body()).contains("\"detail\":\"Không tìm thấy lịch này / No such calendar feed\"");
		}
	}

	@Test
	void refusesATokenForAMalformedUnitId() {
		JsonHttp.Response response = json().post("/api/calendar/feeds/đơn vị/token".replace(" ", "%20"), "");

		assertThat(response.status()).as(response.toString()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("unitId");
	}

	private JsonHttp json() {
		return CalendarApi.admin(this.port);
	}

	/** As a calendar app subscribes: asks for text/calendar only. */
	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
				.header("Accept", "text/calendar")
				.build(), HttpResponse.BodyHandlers.ofString());
		}
	}

}
