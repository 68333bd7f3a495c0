package vn.health.reporting.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.health.contracts.plan.DueRule;
import vn.health.contracts.plan.ReportingRequirement;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.reporting.obligation.ObligationTests.DUE;
import static vn.health.reporting.obligation.ObligationTests.PLAN;
import static vn.health.reporting.obligation.ObligationTests.SIX_MONTHS;
import static vn.health.reporting.People.OFFICER;
import static vn.health.reporting.People.COORDINATOR;

/** How one obligation follows later versions of its plan. */
class ObligationPlanChangeTests {

	private static final ReportingRequirement EARLIER = new ReportingRequirement("r1", "Báo cáo 6 tháng đầu năm",
			LocalDate.of(2024, 6, 15), DueRule.BEFORE_DAY, List.of("ttyt-yen-the"), "cdc", "6 tháng", List.of(), null, List.of());

	private static final ReportingRequirement LATER = new ReportingRequirement("r1", "Báo cáo 6 tháng đầu năm",
			LocalDate.of(2024, 6, 30), DueRule.END_OF_DAY, List.of("ttyt-yen-the"), "cdc", "6 tháng", List.of(), null, List.of());

	private final Obligation obligation = Obligation.open(PLAN, SIX_MONTHS, "ttyt-yen-the", Instant.EPOCH);

	@Test
	void aNewerVersionMovesTheDeadlineOfAnOpenReport() {
		assertThat(this.obligation.follow(version(2, EARLIER), EARLIER, Instant.EPOCH)).isTrue();

		assertThat(this.obligation.dueAt()).isEqualTo(Instant.parse("2024-06-14T17:00:00Z"));
		assertThat(this.obligation.dueDate()).isEqualTo(LocalDate.of(2024, 6, 15));
		assertThat(this.obligation.planVersion()).isEqualTo(2);
	}

	@Test
	void aVersionTheObligationAlreadyReflectsOrAnOlderOneChangesNothing() {
		this.obligation.follow(version(3, EARLIER), EARLIER, Instant.EPOCH);

		assertThat(this.obligation.follow(version(3, LATER), LATER, Instant.EPOCH)).isFalse();
		assertThat(this.obligation.follow(version(2, LATER), LATER, Instant.EPOCH)).isFalse();
		assertThat(this.obligation.dueDate()).isEqualTo(LocalDate.of(2024, 6, 15));
		assertThat(this.obligation.planVersion()).isEqualTo(3);
	}

	@Test
	void anOverdueReportWhoseDeadlineIsExtendedIsOpenAgain() {
		Instant now = DUE.plusSeconds(3600);
		this.obligation.markOverdue(now, now);

		this.obligation.follow(version(2, LATER), LATER, now);

		assertThat(this.obligation.status()).isEqualTo(ObligationStatus.OPEN);
		assertThat(this.obligation.overdueSince()).isNull();
		assertThat(this.obligation.overdueAlert()).isNull();
		assertThat(this.obligation.dueAt()).isEqualTo(Instant.parse("2024-06-30T17:00:00Z"));
	}

	@Test
	void submittedWorkKeepsTheDeadlineItWasSubmittedAgainst() {
		this.obligation.submit("Bản 1", Map.of(), List.of(), OFFICER, DUE);

		this.obligation.follow(version(2, EARLIER), EARLIER, DUE);

		assertThat(this.obligation.status()).isEqualTo(ObligationStatus.SUBMITTED);
		assertThat(this.obligation.dueAt()).isEqualTo(DUE);
		assertThat(this.obligation.planVersion()).isEqualTo(2);
	}

	@Test
	void submittedAndAcceptedReportsAreNotCancelled() {
		this.obligation.submit("Bản 1", Map.of(), List.of(), OFFICER, DUE);

		assertThat(this.obligation.cancel(2, CancellationReason.REQUIREMENT_REMOVED, "Bỏ yêu cầu", DUE)).isFalse();
		this.obligation.review(ReviewDecision.ACCEPT, null, COORDINATOR, DUE);
		assertThat(this.obligation.cancel(2, CancellationReason.REQUIREMENT_REMOVED, "Bỏ yêu cầu", DUE)).isFalse();
		assertThat(this.obligation.status()).isEqualTo(ObligationStatus.ACCEPTED);
	}

	@Test
	void aCancelledReportRequiredAgainByALaterVersionIsOwedAgain() {
		this.obligation.cancel(2, CancellationReason.REQUIREMENT_REMOVED, "Bỏ yêu cầu", DUE);

		assertThat(this.obligation.follow(version(2, LATER), LATER, DUE)).isFalse();
		assertThat(this.obligation.follow(version(3, LATER), LATER, DUE)).isTrue();

		assertThat(this.obligation.status()).isEqualTo(ObligationStatus.OPEN);
		assertThat(this.obligation.cancellation()).isNull();
		assertThat(this.obligation.dueDate()).isEqualTo(LocalDate.of(2024, 6, 30));
	}

	private static PlanSnapshot version(int version, ReportingRequirement requirement) {
		return new PlanSnapshot("p1", "91/KH-SYT", "Kế hoạch truyền thông y tế năm 2024", version, List.of(requirement),
				"Điều chỉnh hạn báo cáo", Ladder.DEFAULT, 2024);
	}

}
