package vn.health.reporting.obligation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.health.contracts.plan.DueRule;
import vn.health.contracts.plan.ReportingRequirement;
import vn.health.contracts.reporting.ReportDueSoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static vn.health.reporting.obligation.ObligationTests.DUE;
import static vn.health.reporting.obligation.ObligationTests.PLAN;
import static vn.health.reporting.obligation.ObligationTests.SIX_MONTHS;
import static vn.health.reporting.People.OFFICER;

/** How one obligation reminds its reporter before the deadline. */
class ObligationReminderTests {

	private final Obligation obligation = Obligation.open(PLAN, SIX_MONTHS, "ttyt-yen-the", Instant.EPOCH);

	@Test
	void anOpenReportIsRemindedSevenThreeAndOneDaysBeforeItsDeadlineOnceEach() {
		List<Integer> announced = new ArrayList<>();
		for (int days : List.of(7, 3, 1)) {
			Instant asOf = DUE.minus(Duration.ofDays(days)).plusSeconds(60);
			assertThat(this.obligation.remind(asOf)).isTrue();
			assertThatIllegalStateException().isThrownBy(() -> this.obligation.remind(asOf));
			announced.add(((ReportDueSoon) this.obligation.pendingEvents().getLast().payload()).daysBefore());
		}

		assertThat(announced).containsExactly(7, 3, 1);
		assertThat(this.obligation.reminders().nextAt()).isNull();
		assertThat(ObligationTests.sinceCreation(this.obligation)).hasSize(3);
	}

	@Test
	void aSubmittedReportIsNotReminded() {
		this.obligation.submit("Bản 1", Map.of(), List.of(), OFFICER, DUE.minus(Duration.ofDays(10)));

		assertThatIllegalStateException().isThrownBy(() -> this.obligation.remind(DUE.minus(Duration.ofDays(6))));
	}

	@Test
	void aMovedDeadlineGetsItsOwnReminders() {
		this.obligation.remind(DUE.minus(Duration.ofDays(6)));
		ReportingRequirement later = new ReportingRequirement("r1", "Báo cáo 6 tháng đầu năm",
				LocalDate.of(2024, 6, 30), DueRule.BEFORE_DAY, List.of("ttyt-yen-the"), "cdc", "6 tháng", List.of(),
				null, List.of());

		this.obligation.follow(new PlanSnapshot("p1", "91/KH-SYT", "Kế hoạch", 2, List.of(later), "Gia hạn", Ladder.DEFAULT, 2024), later,
				DUE);

		assertThat(this.obligation.reminders())
			.isEqualTo(new Reminders(Instant.parse("2024-06-22T17:00:00Z"), List.of(), List.of(7, 3, 1)));
	}

}
