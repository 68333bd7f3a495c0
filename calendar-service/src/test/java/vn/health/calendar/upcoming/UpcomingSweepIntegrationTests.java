package vn.health.calendar.upcoming;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import vn.health.calendar.CalendarApi;
import vn.health.calendar.CalendarSamples;
import vn.health.calendar.CalendarServiceTest;
import vn.health.calendar.directory.Unit;
import vn.health.calendar.plan.PlanCalendars;
import vn.health.contracts.CloudEventHeaders;
import vn.health.contracts.EventType;
import vn.health.contracts.Topics;
import vn.health.contracts.directory.UnitType;
import vn.health.testkit.JsonHttp;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Plans of 2025 (other tests use 2024), swept through the operator endpoint at instants the test chooses. */
@CalendarServiceTest
class UpcomingSweepIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final Duration QUIET = Duration.ofSeconds(2);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	PlanCalendars plans;

	@Autowired
	ThemeAnnouncementRepository announcements;

	@Autowired
	MongoTemplate mongo;

	private final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrap());

	@Test
	void announcesEachPlanThemeOnceFourteenAndThreeDaysBeforeAlthoughTheSweepRunsTwice() {
		String unit = CalendarSamples.newUnitId();
		String planId = issuedFor2025(unit, "24/3");

		assertThat(sweep("2025-03-10T08:00:00%2B07:00").get("announced").asInt()).isPositive();
		assertThat(sweep("2025-03-10T09:00:00%2B07:00").get("announced").asInt()).isZero();
		assertThat(sweep("2025-03-22T08:00:00%2B07:00").get("announced").asInt()).isPositive();

		List<JsonNode> announced = announcedFor(planId, 2);
		assertThat(announced).extracting((event) -> event.get("daysBefore").asInt()).containsExactly(14, 3);
		assertThat(announced).allSatisfy((event) -> {
			assertThat(event.get("occurrenceId").asString()).startsWith("plan-" + planId).endsWith("-20250324-day");
			assertThat(event.get("scope").asString()).isEqualTo("PLAN");
			assertThat(event.get("unitIds").valueStream().map(JsonNode::asString)).containsExactly(unit);
			assertThat(event.get("planNumber").asString()).isEqualTo("91/KH-SYT");
		});
		assertThat(announced.get(0).get("announcedAt").asString()).isEqualTo("2025-03-10T01:00:00Z");
		assertThat(this.announcements.findById(announced.get(0).get("announcementId").asString()))
			.hasValueSatisfying((stored) -> assertThat(stored.sentDaysBefore()).containsExactly(14, 3));
	}

	@Test
	void afterDowntimeSendsOnlyTheNearestOffsetStillAhead() {
		String unit = CalendarSamples.newUnitId();
		String planId = issuedFor2025(unit, "07/9");

		sweep("2025-09-05T08:00:00%2B07:00");
		sweep("2025-09-06T08:00:00%2B07:00");

		assertThat(announcedFor(planId, 1)).singleElement()
			.satisfies((event) -> assertThat(event.get("daysBefore").asInt()).isEqualTo(3));
	}

	@Test
	void announcesTheProvincesThemesToEveryUnitAndAUnitsThemesToItAndTheUnitsUnderItEachOffsetOnce() {
		String centre = CalendarSamples.newUnitId();
		String station = centre + "-xa";
		String hamlet = centre + "-thon";
		this.mongo.save(new Unit(centre, "Trung tâm Y tế " + centre, UnitType.DISTRICT_HEALTH_CENTRE, "cdc"));
		this.mongo.save(new Unit(station, "Trạm Y tế " + station, UnitType.COMMUNE_HEALTH_STATION, centre));
		this.mongo.save(new Unit(hamlet, "Điểm y tế " + hamlet, UnitType.COMMUNE_HEALTH_STATION, station));
		String province = added("{\"scope\": \"PROVINCE\", \"name\": \"Ngày hội sức khỏe tỉnh\", \"timing\": \"10/10/2025\"}");
		String own = added("{\"scope\": \"UNIT\", \"unitId\": \"" + centre
				+ "\", \"name\": \"Ngày hội hiến máu huyện\", \"timing\": \"12/10/2025\"}");

		sweep("2025-09-28T08:00:00%2B07:00");
		sweep("2025-09-28T09:00:00%2B07:00");
		sweep("2025-10-07T08:00:00%2B07:00");
		sweep("2025-10-09T08:00:00%2B07:00");

		List<JsonNode> toEveryUnit = announcedFor(province, 2);
		assertThat(toEveryUnit).extracting((event) -> event.get("daysBefore").asInt()).containsExactly(14, 3);
		assertThat(toEveryUnit).allSatisfy((event) -> {
			assertThat(event.get("announcementId").asString()).isEqualTo("PROVINCE:" + province + "-20251010-day");
			assertThat(event.get("scope").asString()).isEqualTo("PROVINCE");
			assertThat(event.get("unitIds").isEmpty()).isTrue();
			assertThat(event.get("planNumber").isNull()).isTrue();
		});
		List<JsonNode> toTheUnit = announcedFor(own, 2);
		assertThat(toTheUnit).extracting((event) -> event.get("daysBefore").asInt()).containsExactly(14, 3);
		assertThat(toTheUnit).allSatisfy((event) -> {
			assertThat(event.get("announcementId").asString()).isEqualTo("UNIT:" + own + "-20251012-day");
			assertThat(event.get("scope").asString()).isEqualTo("UNIT");
			assertThat(event.get("unitIds").valueStream().map(JsonNode::asString)).containsExactly(centre, hamlet,
					station);
		});
	}

	@Test
	void refusesAReplayInTheFutureOrAMalformedInstant() {
		String tomorrow = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString().replace("+", "%2B");

		for (String asOf : List.of(tomorrow, "2025-13-01T00:00:00Z", "yesterday")) {
			JsonHttp.Response response = http().post("/api/calendar/sweeps/upcoming?asOf=" + asOf, "");
			assertThat(response.status()).as(asOf + " → " + response).isEqualTo(400);
			assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("asOf");
		}
	}

	private String issuedFor2025(String unit, String timing) {
		String planId = UUID.randomUUID().toString();
		this.kafka.send(CalendarSamples.unit(unit));
		this.kafka.send(CalendarSamples.plan(EventType.PLAN_ISSUED, planId, unit, (plan) -> {
			plan.put("year", 2025);
			plan.putObject("period").put("from", "2025-01-01").put("to", "2025-12-31");
			plan.putArray("themes").addObject().put("name", "Chủ đề của kế hoạch " + planId).put("timing", timing);
		}));
		await().atMost(WAIT).until(() -> this.plans.find(planId).isPresent());
		return planId;
	}

	private String added(String theme) {
		JsonHttp.Response response = http().post("/api/calendar/themes", theme);
		assertThat(response.status()).as(response.toString()).isEqualTo(201);
		return response.json().get("id").asString();
	}

	private JsonNode sweep(String asOf) {
		JsonHttp.Response response = http().post("/api/calendar/sweeps/upcoming?asOf=" + asOf, "");
		assertThat(response.status()).as(response.toString()).isEqualTo(200);
		return response.json();
	}

	/**
	 * The events on calendar.v1 naming {@code planId} (or a theme id), read until {@code expected} have arrived and
	 * then {@link #QUIET} longer, so a duplicate would be seen too; each checked to be a ThemeUpcoming.
	 */
	private List<JsonNode> announcedFor(String planId, int expected) {
		AtomicLong enoughSince = new AtomicLong();
		List<ConsumerRecord<String, String>> records = this.kafka.readUntil(Topics.CALENDAR, (read) -> {
			if (read.stream().filter((record) -> record.value().contains(planId)).count() < expected) {
				return false;
			}
			enoughSince.compareAndSet(0, System.nanoTime());
			return System.nanoTime() - enoughSince.get() > QUIET.toNanos();
		}, WAIT);
		List<ConsumerRecord<String, String>> ours = records.stream()
			.filter((record) -> record.value().contains(planId))
			.toList();
		assertThat(ours).allSatisfy((record) -> assertThat(KafkaTestClient.header(record, CloudEventHeaders.TYPE))
			.isEqualTo(EventType.THEME_UPCOMING.typeName()));
		return ours.stream().map((record) -> JSON.readTree(record.value())).toList();
	}

	private JsonHttp http() {
		return CalendarApi.admin(this.port);
	}

}
