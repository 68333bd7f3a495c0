package vn.health.calendar.plan;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.health.calendar.CalendarApi;
import vn.health.calendar.CalendarSamples;
import vn.health.calendar.CalendarServiceTest;
import vn.health.contracts.EventType;
import vn.health.contracts.Topics;
import vn.health.testkit.JsonHttp;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** plan-service's and the directory's contract samples, fed on the real broker, seen through the occurrences API. */
@CalendarServiceTest
class PlanThemesIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final String MARCH = "/api/calendar/occurrences?from=2024-03-01&to=2024-04-30&unit=";

	@LocalServerPort
	int port;

	@Autowired
	PlanCalendars plans;

	private final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrap());

	@Test
	void showsTheThemesOfAUnitsPlansBesideTheNationalOnesAndOnlyToThatUnit() {
		String unit = CalendarSamples.newUnitId();
		String other = CalendarSamples.newUnitId();
		String planId = UUID.randomUUID().toString();
		this.kafka.send(CalendarSamples.unit(unit));
		this.kafka.send(CalendarSamples.unit(other));
		this.kafka.send(CalendarSamples.plan(EventType.PLAN_ISSUED, planId, unit));

		await().atMost(WAIT).until(() -> planNames(unit).size() == 2);

		List<JsonNode> occurrences = occurrences(unit);
		assertThat(occurrences).extracting((occurrence) -> occurrence.get("id").asString())
			.contains("national-07-20240324-day");
		JsonNode planned = occurrences.stream().filter((o) -> o.get("scope").asString().equals("PLAN")).toList().get(1);
		assertThat(planned.get("name").asString()).isEqualTo("Ngày Thế giới phòng, chống lao");
		assertThat(planned.get("planId").asString()).isEqualTo(planId);
		assertThat(planned.get("start").asString()).isEqualTo("2024-03-24");
		await().atMost(WAIT).until(() -> http().get(MARCH + other).status() == 200);
		assertThat(planNames(other)).isEmpty();
	}

	@Test
	void anAmendmentReplacesThemesAndLateOlderVersionsOrReplaysChangeNothing() {
		String unit = CalendarSamples.newUnitId();
		String planId = UUID.randomUUID().toString();
		this.kafka.send(CalendarSamples.unit(unit));
		ProducerRecord<String, String> issued = CalendarSamples.plan(EventType.PLAN_ISSUED, planId, unit);
		ProducerRecord<String, String> amended = CalendarSamples.plan(EventType.PLAN_AMENDED, planId, unit,
				(plan) -> plan.putArray("themes").addObject().put("name", "Ngày Sức khỏe Thế giới").put("timing", "07/4"));
		this.kafka.send(issued);
		this.kafka.send(amended);
		await().atMost(WAIT).until(() -> planNames(unit).equals(List.of("Ngày Sức khỏe Thế giới")));

		this.kafka.send(issued);
		this.kafka.send(amended);
		await().atMost(WAIT).until(() -> this.kafka.caughtUp("calendar-service", Topics.PLANS));
		assertThat(planNames(unit)).containsExactly("Ngày Sức khỏe Thế giới");

		this.kafka.send(CalendarSamples.plan(EventType.PLAN_REVOKED, planId, unit));
		await().atMost(WAIT).until(() -> planNames(unit).isEmpty());
		this.kafka.send(amended);
		await().atMost(WAIT).until(() -> this.kafka.caughtUp("calendar-service", Topics.PLANS));
		assertThat(planNames(unit)).isEmpty();
		assertThat(this.plans.find(planId)).hasValueSatisfying((plan) -> assertThat(plan.revoked()).isTrue());
	}

	@Test
	void keepsAPlanWhoseThemeTimingCannotBeReadAndFlagsThatTheme() {
		String unit = CalendarSamples.newUnitId();
		String planId = UUID.randomUUID().toString();
		this.kafka.send(CalendarSamples.unit(unit));
		this.kafka.send(CalendarSamples.plan(EventType.PLAN_ISSUED, planId, unit, (plan) -> plan.withArray("themes")
			.addObject()
			.put("name", "Ngày hội sức khỏe")
			.put("timing", "cuối tháng 3")));

		await().atMost(WAIT).until(() -> this.plans.find(planId).isPresent());

		List<PlanTheme> themes = this.plans.find(planId).orElseThrow().themes();
		assertThat(themes).extracting(PlanTheme::readable).containsExactly(true, true, false);
		assertThat(themes.get(2).problem()).contains("cuối tháng 3");
		await().atMost(WAIT).until(() -> planNames(unit).size() == 2);
		JsonNode listed = http().get("/api/calendar/plans/" + planId + "/themes").json().get("themes").get(2);
		assertThat(listed.get("readable").asBoolean()).isFalse();
		assertThat(listed.get("problem").asString()).startsWith("Cannot read date expression \"cuối tháng 3\"");
	}

	@Test
	void answersAPlanTheCalendarHasNotReceivedWithNotFound() {
		JsonHttp.Response response = http().get("/api/calendar/plans/" + UUID.randomUUID() + "/themes");

		assertThat(response.status()).as(response.toString()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void deadLettersAPlanEventThatCannotBeRead() {
		String key = UUID.randomUUID().toString();
		this.kafka.send(KafkaTestClient.cloudEvent(EventType.PLAN_ISSUED, key, "{\"planId\": "));

		String dlq = Topics.deadLetter(Topics.PLANS, "calendar-service");
		assertThat(this.kafka.readUntil(dlq, (records) -> records.stream().anyMatch((r) -> key.equals(r.key())), WAIT))
			.anyMatch((record) -> key.equals(record.key()));
		assertThat(this.plans.find(key)).isEmpty();
	}

	@Test
	void answersAUnitTheDirectoryNeverAnnouncedWithNotFound() {
		JsonHttp.Response response = http().get(MARCH + "ttyt-chua-co");

		assertThat(response.status()).as(response.toString()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).isEqualTo("Không tìm thấy đơn vị ttyt-chua-co / No unit ttyt-chua-co");
	}

	private List<String> planNames(String unit) {
		return occurrences(unit).stream()
			.filter((occurrence) -> occurrence.get("scope").asString().equals("PLAN"))
			.map((occurrence) -> occurrence.get("name").asString())
			.distinct()
			.toList();
	}

	private List<JsonNode> occurrences(String unit) {
		JsonHttp.Response response = http().get(MARCH + unit);
		return (response.status() == 200) ? response.json().get("occurrences").valueStream().toList() : List.of();
	}

	private JsonHttp http() {
		return CalendarApi.admin(this.port);
	}

}
