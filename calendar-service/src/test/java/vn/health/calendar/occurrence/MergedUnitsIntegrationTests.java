package vn.health.calendar.occurrence;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.test.web.server.LocalServerPort;

import vn.health.calendar.CalendarApi;
import vn.health.calendar.CalendarSamples;
import vn.health.calendar.CalendarServiceTest;
import vn.health.contracts.EventType;
import vn.health.testkit.JsonHttp;
import vn.health.testkit.KafkaTestClient;
import vn.health.testkit.SharedInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The 2025 reorganisation: a commune station merged into a new one on 1/7/2025, seen through the occurrences API. */
@CalendarServiceTest
class MergedUnitsIntegrationTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String YEAR_2025 = "/api/calendar/occurrences?from=2025-01-01&to=2025-12-31&unit=";

	@LocalServerPort
	int port;

	private final KafkaTestClient kafka = new KafkaTestClient(SharedInfrastructure.get().kafkaBootstrap());

	@Test
	void theSuccessorShowsTheMergedUnitsPlanThemesFromTheMergeDateWhileTheirPastStaysAsItWas() {
		String merged = CalendarSamples.newUnitId();
		String successor = CalendarSamples.newUnitId();
		String planId = UUID.randomUUID().toString();
		this.kafka.send(CalendarSamples.unit(merged));
		this.kafka.send(CalendarSamples.unit(successor));
		this.kafka.send(CalendarSamples.plan(EventType.PLAN_ISSUED, planId, merged, (plan) -> {
			plan.put("year", 2025);
			plan.putObject("period").put("from", "2025-01-01").put("to", "2025-12-31");
			plan.putArray("themes").add(theme("Ngày Thế giới phòng, chống lao", "24/3"))
				.add(theme("Ngày Thế giới cầm máu", "10/10"));
		}));
		await().atMost(WAIT).until(() -> planStarts(merged).size() == 2);
		assertThat(planStarts(successor)).isEmpty();

		this.kafka.send(CalendarSamples.merge(successor, List.of(merged), "2025-07-01"));

		await().atMost(WAIT).until(() -> planStarts(successor).equals(List.of("2025-10-10")));
		assertThat(planStarts(merged)).containsExactly("2025-03-24", "2025-10-10");
	}

	@Test
	void aMergeAnnouncedByTheMergedUnitsOwnStateCarriesThroughALaterMerge() {
		String station = CalendarSamples.newUnitId();
		String centre = CalendarSamples.newUnitId();
		String region = CalendarSamples.newUnitId();
		this.kafka.send(CalendarSamples.unit(centre));
		this.kafka.send(CalendarSamples.unit(region));
		this.kafka.send(CalendarSamples.plan(EventType.PLAN_ISSUED, UUID.randomUUID().toString(), station, (plan) -> {
			plan.put("year", 2025);
			plan.putObject("period").put("from", "2025-01-01").put("to", "2025-12-31");
			plan.putArray("themes").add(theme("Ngày Thế giới phòng, chống lao", "24/3"))
				.add(theme("Ngày Quốc tế thanh niên", "12/8"))
				.add(theme("Ngày Thế giới cầm máu", "10/10"));
		}));
		this.kafka.send(CalendarSamples.unit(station, (unit) -> unit.put("activeTo", "2025-06-30").put("successorId", centre)));
		this.kafka.send(CalendarSamples.merge(region, List.of(centre), "2025-09-01"));

		await().atMost(WAIT).until(() -> planStarts(region).equals(List.of("2025-10-10")));
		assertThat(planStarts(centre)).containsExactly("2025-08-12", "2025-10-10");
		assertThat(planStarts(station)).containsExactly("2025-03-24", "2025-08-12", "2025-10-10");
	}

	private static ObjectNode theme(String name, String timing) {
		return JSON.createObjectNode().put("name", name).put("timing", timing);
	}

	private List<String> planStarts(String unit) {
		JsonHttp.Response response = CalendarApi.admin(this.port).get(YEAR_2025 + unit);
		return (response.status() == 200) ? response.json()
			.get("occurrences")
			.valueStream()
			.filter((occurrence) -> occurrence.get("scope").asString().equals("PLAN"))
			.map((occurrence) -> occurrence.get("start").asString())
			.toList() : List.of();
	}

}
