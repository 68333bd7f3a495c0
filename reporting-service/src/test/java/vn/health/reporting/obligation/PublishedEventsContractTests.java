package vn.health.reporting.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.health.contracts.EventType;
import vn.health.contracts.IntegrationEvent;
import vn.health.contracts.plan.DueRule;
import vn.health.contracts.plan.ReportingRequirement;
import vn.health.servicekit.outbox.OutboxEvent;
import vn.health.testkit.ContractSamples;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.reporting.obligation.ObligationTests.DUE;
import static vn.health.reporting.obligation.ObligationTests.PLAN;
import static vn.health.reporting.obligation.ObligationTests.SIX_MONTHS;

/**
 * What the obligation publishes has the shape of the contract samples consumers test against: the same fields,
 * each filled in.
 */
class PublishedEventsContractTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ReportingRequirement LATER = new ReportingRequirement("r1", "Báo cáo 6 tháng đầu năm",
			LocalDate.of(2024, 6, 30), DueRule.END_OF_DAY, List.of("ttyt-tan-yen"), "cdc", "6 tháng", List.of(), null,
			List.of());

	@Test
	void lifecycleAndEscalationEventsMatchTheirContractSamples() {
		Obligation moved = Obligation.open(PLAN, SIX_MONTHS, "ttyt-yen-the", Instant.EPOCH);
		moved.reassign("ttyt-khu-vuc-yen-the", UnitMerges.REASON, DUE);
		moved.markOverdue(DUE.plusSeconds(1), DUE.plusSeconds(1));
		moved.alertOverdue(DUE.plusSeconds(1), DUE.plusSeconds(1));
		moved.escalate(DUE.plusSeconds(86_400 * 6), DUE, "cdc");
		Obligation cancelled = Obligation.open(PLAN, SIX_MONTHS, "ttyt-tan-yen", Instant.EPOCH);
		cancelled.follow(new PlanSnapshot("p1", "91/KH-SYT", "Kế hoạch", 2, List.of(LATER), "Gia hạn",
				Ladder.DEFAULT, 2024), LATER, DUE);
		cancelled.cancel(3, CancellationReason.PLAN_REVOKED, "Thu hồi", DUE);

		Map<EventType, IntegrationEvent> published = new EnumMap<>(EventType.class);
		List.of(moved, cancelled)
			.forEach((obligation) -> obligation.pendingEvents()
				.stream()
				.map(OutboxEvent::payload)
				.forEach((payload) -> published.put(EventType.of(payload), payload)));

		assertThat(published).containsKeys(EventType.OBLIGATION_CREATED, EventType.OBLIGATION_REASSIGNED,
				EventType.OBLIGATION_RESCHEDULED, EventType.OBLIGATION_CANCELLED, EventType.REPORT_OVERDUE,
				EventType.REPORT_ESCALATED);
		published.forEach((type, payload) -> {
			JsonNode actual = JSON.valueToTree(payload);
			assertThat(fields(actual)).as(type.name()).isEqualTo(fields(JSON.readTree(ContractSamples.json(type))));
			assertThat(actual.properties()).as(type.name()).allSatisfy((field) -> assertThat(field.getValue().isNull())
				.as(field.getKey()).isFalse());
		});
	}

	private static Set<String> fields(JsonNode node) {
		Set<String> names = new TreeSet<>();
		node.properties().forEach((field) -> names.add(field.getKey()));
		return names;
	}

}
