package vn.health.calendar.holiday;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.health.calendar.CalendarApi;
import vn.health.calendar.CalendarServiceTest;
import vn.health.calendar.RawHttp;
import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.EventType;
import vn.health.contracts.Topics;
import vn.health.testkit.JsonHttp;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code HolidaysPublished} read back from the real broker; 2033 is a year no other test adjusts. */
@CalendarServiceTest
class HolidaysPublishedIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	HolidayPublication publication;

	@Autowired
	HolidayYearRepository years;

	private final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrap());

	@Test
	void publishesLastThisAndNextYearAtStartUp() {
		int thisYear = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
		Set<String> expected = Set.of("holidays-" + (thisYear - 1), "holidays-" + thisYear, "holidays-" + (thisYear + 1));

		List<ConsumerRecord<String, String>> read = holidayEvents(
				(records) -> records.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(expected));

		JsonNode tet = read.stream()
			.filter((record) -> record.key().equals("holidays-2026"))
			.map((record) -> JSON.readTree(record.value()))
			.findFirst()
			.orElseThrow();
		assertThat(tet.get("daysOff").valueStream().map((day) -> day.get("date").asString()))
			.contains("2026-01-01", "2026-02-17", "2026-04-26", "2026-09-02");
	}

	@Test
	void publishesAYearAgainWithAHigherRevisionOnceForEachChangeAndNotOnRestart() throws Exception {
		adjust("{\"date\":\"2033-01-03\",\"kind\":\"DAY_OFF\",\"reason\":\"Nghỉ bù Tết Dương lịch 2033\"}");
		JsonNode first = latest2033((event) -> event.toString().contains("2033-01-03"));
		assertThat(first.get("daysOff").valueStream()
			.filter((day) -> day.get("date").asString().equals("2033-01-03"))
			.map((day) -> day.get("kind").asString())).containsExactly("COMPENSATORY");

		assertThat(this.publication.publishKnownYears()).as("a restart finds every year unchanged").isZero();

		adjust("{\"date\":\"2033-01-08\",\"kind\":\"WORKING_DAY\",\"reason\":\"Làm bù ngày 03/01/2033\"}");
		JsonNode second = latest2033((event) -> event.get("workingWeekendDays").toString().contains("2033-01-08"));
		assertThat(second.get("revision").asLong()).isEqualTo(first.get("revision").asLong() + 1);
		assertThat(this.years.findById("holidays-2033")).hasValueSatisfying(
				(year) -> assertThat(year.revision()).isEqualTo(second.get("revision").asLong()));

		assertThat(RawHttp.delete(this.port, "/api/calendar/holidays/adjustments/2033-01-08").statusCode()).isEqualTo(200);
		JsonNode third = latest2033((event) -> event.get("revision").asLong() == second.get("revision").asLong() + 1);
		assertThat(third.get("workingWeekendDays").isEmpty()).isTrue();
		assertThat(third.toString()).contains("2033-01-03");
	}

	@Test
	void refusesToWithdrawADateWithoutAdjustmentOrAMalformedDate() throws Exception {
		HttpResponse<String> none = RawHttp.delete(this.port, "/api/calendar/holidays/adjustments/2034-03-01");
		HttpResponse<String> malformed = RawHttp.delete(this.port, "/api/calendar/holidays/adjustments/01-03-2034");

		assertThat(none.statusCode()).isEqualTo(404);
		assertThat(none.body()).contains("Ngày 2034-03-01 không có điều chỉnh nào");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
	}

	private void adjust(String body) {
		JsonHttp.Response response = CalendarApi.admin(this.port)
			.post("/api/calendar/holidays/adjustments", body);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
	}

	private JsonNode latest2033(Predicate<JsonNode> wanted) {
		List<JsonNode> events = holidayEvents((records) -> records.stream()
			.anyMatch((record) -> record.key().equals("holidays-2033") && wanted.test(JSON.readTree(record.value()))))
			.stream()
			.filter((record) -> record.key().equals("holidays-2033"))
			.map((record) -> JSON.readTree(record.value()))
			.toList();
		assertThat(events.stream().filter(wanted)).as("published once").hasSize(1);
		return events.stream().filter(wanted).findFirst().orElseThrow();
	}

	private List<ConsumerRecord<String, String>> holidayEvents(
			Predicate<List<ConsumerRecord<String, String>>> enough) {
		return holidaysOnly(this.kafka.readUntil(Topics.CALENDAR, (records) -> enough.test(holidaysOnly(records)), WAIT));
	}

	private static List<ConsumerRecord<String, String>> holidaysOnly(List<ConsumerRecord<String, String>> records) {
		return records.stream()
			.filter((record) -> EventType.HOLIDAYS_PUBLISHED.typeName()
				.equals(KafkaTestClient.header(record, CloudEventHeaders.TYPE)))
			.toList();
	}

}
