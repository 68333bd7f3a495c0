package vn.health.calendar.deadline;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

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

/** reporting-service's contract samples on the real broker, seen through the occurrences API and the unit's feed. */
@CalendarServiceTest
class DeadlinesIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final Duration QUIET = Duration.ofSeconds(2);

	private static final String JUNE = "/api/calendar/occurrences?from=2024-06-01&to=2024-06-30&unit=";

	@LocalServerPort
	int port;

	private final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrap());

	@Test
	void showsAUnitsDeadlineOnItsLastDayAndMovesItWhenRescheduled() {
		String unit = CalendarSamples.newUnitId();
		String obligation = UUID.randomUUID() + ".r1." + unit;
		this.kafka.send(CalendarSamples.unit(unit));
		this.kafka.send(CalendarSamples.obligation(EventType.OBLIGATION_CREATED, obligation, unit, (event) -> {
		}));

		await().atMost(WAIT).until(() -> deadlines(unit).size() == 1);
		JsonNode deadline = deadlines(unit).get(0);
		assertThat(deadline.get("id").asString()).isEqualTo("deadline-" + obligation);
		assertThat(deadline.get("start").asString()).isEqualTo("2024-06-14");
		assertThat(deadline.get("name").asString()).isEqualTo("Hạn gửi báo cáo: Báo cáo 6 tháng đầu năm");
		assertThat(deadline.get("deadline").get("planNumber").asString()).isEqualTo("91/KH-SYT");
		assertThat(deadline.get("deadline").get("recipientUnitId").asString()).isEqualTo("cdc");

		this.kafka.send(CalendarSamples.obligation(EventType.OBLIGATION_RESCHEDULED, obligation, unit, (event) -> {
		}));
		await().atMost(WAIT)
			.until(() -> deadlines(unit).stream().map((d) -> d.get("start").asString()).toList(),
					(starts) -> starts.equals(List.of("2024-06-19")));
		assertThat(deadlines(unit).get(0).get("id").asString()).isEqualTo("deadline-" + obligation);
	}

	@Test
	void dropsACancelledDeadlineAndIgnoresItsRedeliveredCreation() {
		String unit = CalendarSamples.newUnitId();
		String obligation = UUID.randomUUID() + ".r1." + unit;
		ProducerRecord<String, String> created = CalendarSamples.obligation(EventType.OBLIGATION_CREATED, obligation,
				unit, (event) -> {
				});
		this.kafka.send(CalendarSamples.unit(unit));
		this.kafka.send(created);
		await().atMost(WAIT).until(() -> deadlines(unit).size() == 1);

		this.kafka.send(CalendarSamples.obligation(EventType.OBLIGATION_CANCELLED, obligation, unit, (event) -> {
		}));
		await().atMost(WAIT).until(() -> deadlines(unit).isEmpty());
		this.kafka.send(created);
		await().atMost(WAIT).until(() -> this.kafka.caughtUp("calendar-service", Topics.REPORTING));
		assertThat(deadlines(unit)).isEmpty();
	}

	@Test
	void movesAReassignedDeadlineToTheNewUnit() {
		String unit = CalendarSamples.newUnitId();
		String successor = CalendarSamples.newUnitId();
		String obligation = UUID.randomUUID() + ".r1." + unit;
		this.kafka.send(CalendarSamples.unit(unit));
		this.kafka.send(CalendarSamples.unit(successor));
		this.kafka.send(CalendarSamples.obligation(EventType.OBLIGATION_CREATED, obligation, unit, (event) -> {
		}));
		this.kafka.send(CalendarSamples.obligation(EventType.OBLIGATION_REASSIGNED, obligation, unit,
				(event) -> event.put("unitId", successor).put("reassignedAt", "2024-05-01T00:00:00Z")));

		await().atMost(WAIT).until(() -> deadlines(successor).size() == 1);
		assertThat(deadlines(unit)).isEmpty();
	}

	@Test
	void readsOtherReportingEventsWithoutDeadLetteringThem() {
		String unit = CalendarSamples.newUnitId();
		String obligation = UUID.randomUUID() + ".r1." + unit;
		this.kafka.send(CalendarSamples.unit(unit));
		this.kafka.send(CalendarSamples.obligation(EventType.REPORT_DUE_SOON, obligation, unit, (event) -> {
		}));

		await().atMost(WAIT).until(() -> this.kafka.caughtUp("calendar-service", Topics.REPORTING));
		String dlq = Topics.deadLetter(Topics.REPORTING, "calendar-service");
		assertThat(this.kafka.readUntil(dlq, (records) -> records.stream().anyMatch((r) -> obligation.equals(r.key())),
				QUIET))
			.noneMatch((record) -> obligation.equals(record.key()));
		assertThat(deadlines(unit)).isEmpty();
	}

	@Test
	void putsTheDeadlineInTheUnitsFeedUnderTheObligationsUid() throws Exception {
		String unit = CalendarSamples.newUnitId();
		String obligation = UUID.randomUUID() + ".r1." + unit;
		int year = java.time.LocalDate.now().getYear();
		this.kafka.send(CalendarSamples.unit(unit));
		this.kafka.send(CalendarSamples.obligation(EventType.OBLIGATION_CREATED, obligation, unit,
				(event) -> event.put("dueAt", year + "-06-14T17:00:00Z")));
		String june = "/api/calendar/occurrences?from=%d-06-01&to=%d-06-30&unit=%s".formatted(year, year, unit);
		await().atMost(WAIT).until(() -> http().get(june).body().contains(obligation));

		String feed = http().post("/api/calendar/feeds/" + unit + "/token", "").json().get("feed").asString();
		String body = http().get(feed).body();

		List<VEvent> deadlines = new CalendarBuilder().build(new StringReader(body))
			.<VEvent>getComponents(VEvent.VEVENT)
			.stream()
			.filter((event) -> event.getProperty(Property.UID).orElseThrow().getValue()
				.equals("deadline-" + obligation + "@truyenthongyte.vn"))
			.toList();
		assertThat(deadlines).hasSize(1);
		assertThat(deadlines.get(0).getProperty(Property.SUMMARY).orElseThrow().getValue())
			.isEqualTo("Hạn gửi báo cáo: Báo cáo 6 tháng đầu năm – KH 91/KH-SYT");
		assertThat(deadlines.get(0).getAlarms()).hasSize(3);
	}

	private List<JsonNode> deadlines(String unit) {
		JsonHttp.Response response = http().get(JUNE + unit);
		return (response.status() == 200) ? response.json()
			.get("occurrences")
			.valueStream()
			.filter((occurrence) -> occurrence.get("scope").asString().equals("DEADLINE"))
			.toList() : List.of();
	}

	private JsonHttp http() {
		return CalendarApi.admin(this.port);
	}

}
