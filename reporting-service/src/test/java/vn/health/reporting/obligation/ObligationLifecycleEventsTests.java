package vn.health.reporting.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.health.contracts.plan.DueRule;
import vn.health.contracts.plan.ReportingRequirement;
import vn.health.contracts.reporting.ObligationCancelled;
import vn.health.contracts.reporting.ObligationCreated;
import vn.health.contracts.reporting.ObligationReassigned;
import vn.health.contracts.reporting.ObligationRescheduled;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.reporting.obligation.ObligationTests.DUE;
import static vn.health.reporting.obligation.ObligationTests.PLAN;
import static vn.health.reporting.obligation.ObligationTests.SIX_MONTHS;
import static vn.health.reporting.obligation.ObligationTests.sinceCreation;
import static vn.health.reporting.People.OFFICER;

/** What an obligation announces when it is created, rescheduled, cancelled or moved to another unit. */
class ObligationLifecycleEventsTests {

	private static final Instant NOW = Instant.parse("2024-06-01T02:00:00Z");

	private static final ReportingRequirement LATER = new ReportingRequirement("r1", "Báo cáo 6 tháng đầu năm",
			LocalDate.of(2024, 6, 30), DueRule.END_OF_DAY, List.of("ttyt-yen-the"), "cdc", "6 tháng", List.of(), null,
			List.of());

	private static final Instant LATER_DUE = Instant.parse("2024-06-30T17:00:00Z");

	private final Obligation obligation = Obligation.open(PLAN, SIX_MONTHS, "ttyt-yen-the", Instant.EPOCH);

	@Test
	void aNewObligationAnnouncesItselfWithItsDeadline() {
		assertThat(this.obligation.pendingEvents()).singleElement()
			.satisfies((event) -> assertThat(event.payload()).isEqualTo(new ObligationCreated("p1.r1.ttyt-yen-the",
					"p1", "91/KH-SYT", "Kế hoạch truyền thông y tế năm 2024", "r1", "Báo cáo 6 tháng đầu năm",
					"6 tháng", "ttyt-yen-the", "cdc", DUE, Instant.EPOCH)));
	}

	@Test
	void aMovedDeadlineIsAnnouncedOnceAndAReplayedVersionAnnouncesNothing() {
		this.obligation.follow(version(2, LATER), LATER, NOW);
		this.obligation.follow(version(2, LATER), LATER, NOW);

		assertThat(sinceCreation(this.obligation))
			.containsExactly(new ObligationRescheduled("p1.r1.ttyt-yen-the", "p1", "ttyt-yen-the", DUE, LATER_DUE, NOW));
	}

	@Test
	void aNewVersionWithTheSameDeadlineAnnouncesNothing() {
		assertThat(this.obligation.follow(version(2, SIX_MONTHS), SIX_MONTHS, NOW)).isTrue();

		assertThat(sinceCreation(this.obligation)).isEmpty();
	}

	@Test
	void submittedWorkIsNotRescheduled() {
		this.obligation.submit("Bản 1", Map.of(), List.of(), OFFICER, NOW);

		this.obligation.follow(version(2, LATER), LATER, NOW);

		assertThat(sinceCreation(this.obligation)).noneMatch(ObligationRescheduled.class::isInstance);
	}

	@Test
	void aCancellationIsAnnouncedOnceWithItsReasonCode() {
		this.obligation.cancel(2, CancellationReason.REQUIREMENT_REMOVED, "Bỏ yêu cầu", NOW);
		this.obligation.cancel(2, CancellationReason.REQUIREMENT_REMOVED, "Bỏ yêu cầu", NOW);

		assertThat(sinceCreation(this.obligation)).containsExactly(
				new ObligationCancelled("p1.r1.ttyt-yen-the", "p1", "ttyt-yen-the", "REQUIREMENT_REMOVED", NOW));
	}

	@Test
	void aReportRequiredAgainIsAnnouncedAsCreatedWithItsNewDeadline() {
		this.obligation.cancel(2, CancellationReason.REQUIREMENT_REMOVED, "Bỏ yêu cầu", NOW);

		this.obligation.follow(version(3, LATER), LATER, NOW);

		assertThat(sinceCreation(this.obligation).getLast()).isInstanceOfSatisfying(ObligationCreated.class,
				(created) -> assertThat(created.dueAt()).isEqualTo(LATER_DUE));
		assertThat(sinceCreation(this.obligation)).noneMatch(ObligationRescheduled.class::isInstance);
	}

	@Test
	void aReportCancelledAsAMergeDuplicateStaysCancelledWhateverThePlanSays() {
		this.obligation.cancel(1, CancellationReason.UNITS_MERGED, "Đã sáp nhập", NOW);

		this.obligation.follow(version(2, LATER), LATER, NOW);

		assertThat(this.obligation.status()).isEqualTo(ObligationStatus.CANCELLED);
		assertThat(this.obligation.planVersion()).isEqualTo(2);
	}

	@Test
	void anOwedReportMovesToTheSuccessorWithItsHistoryOnce() {
		assertThat(this.obligation.reassign("ttyt-bac-giang", "UNITS_MERGED", NOW)).isTrue();
		assertThat(this.obligation.reassign("ttyt-bac-giang", "UNITS_MERGED", NOW)).isFalse();

		assertThat(this.obligation.id()).isEqualTo("p1.r1.ttyt-yen-the");
		assertThat(this.obligation.unitId()).isEqualTo("ttyt-bac-giang");
		assertThat(this.obligation.reassignments())
			.containsExactly(new Reassignment("ttyt-yen-the", "ttyt-bac-giang", "UNITS_MERGED", NOW));
		assertThat(sinceCreation(this.obligation)).containsExactly(new ObligationReassigned("p1.r1.ttyt-yen-the", "p1",
				"ttyt-yen-the", "ttyt-bac-giang", "UNITS_MERGED", NOW));
	}

	@Test
	void submittedWorkStaysWithTheUnitThatDidIt() {
		this.obligation.submit("Bản 1", Map.of(), List.of(), OFFICER, NOW);

		assertThat(this.obligation.reassign("ttyt-bac-giang", "UNITS_MERGED", NOW)).isFalse();
		assertThat(this.obligation.unitId()).isEqualTo("ttyt-yen-the");
	}

	private static PlanSnapshot version(int version, ReportingRequirement requirement) {
		return new PlanSnapshot("p1", "91/KH-SYT", "Kế hoạch truyền thông y tế năm 2024", version, List.of(requirement),
				"Điều chỉnh hạn báo cáo", Ladder.DEFAULT, 2024);
	}

}
