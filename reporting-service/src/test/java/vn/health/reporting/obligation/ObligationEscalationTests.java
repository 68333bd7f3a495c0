package vn.health.reporting.obligation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.health.contracts.reporting.ReportEscalated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static vn.health.reporting.obligation.ObligationTests.DUE;
import static vn.health.reporting.obligation.ObligationTests.SIX_MONTHS;
import static vn.health.reporting.obligation.ObligationTests.sinceCreation;
import static vn.health.reporting.People.OFFICER;

/** How one obligation escalates to the supervising unit, and follows its plan's alert ladder. */
class ObligationEscalationTests {

	private static final PlanSnapshot TWO_DAYS_LADDER = new PlanSnapshot("p1", "91/KH-SYT", "Kế hoạch", 1,
			List.of(SIX_MONTHS), null, new Ladder(List.of(5, 2), 2), 2024);

	private static final Instant ESCALATES_AT = Instant.parse("2024-06-25T01:00:00Z");

	private final Obligation obligation = Obligation.open(ObligationTests.PLAN, SIX_MONTHS, "ttyt-yen-the",
			Instant.EPOCH);

	@Test
	void theFirstLookOnlyDefersToTheMorningTheWorkingDaysRunOut() {
		Instant firstLook = this.obligation.escalation().nextAt();
		assertThat(firstLook).isEqualTo(DUE.plus(Duration.ofDays(3)));

		assertThat(this.obligation.escalate(firstLook, ESCALATES_AT, "cdc")).isFalse();

		assertThat(this.obligation.escalation().nextAt()).isEqualTo(ESCALATES_AT);
		assertThat(sinceCreation(this.obligation)).isEmpty();
	}

	@Test
	void aMissingReportIsEscalatedOnceToTheSupervisor() {
		this.obligation.markOverdue(DUE.plusSeconds(1), DUE.plusSeconds(1));

		assertThat(this.obligation.escalate(ESCALATES_AT, ESCALATES_AT, "cdc")).isTrue();
		assertThatIllegalStateException().isThrownBy(() -> this.obligation.escalate(ESCALATES_AT, ESCALATES_AT, "cdc"));

		assertThat(sinceCreation(this.obligation).getLast()).isEqualTo(new ReportEscalated("p1.r1.ttyt-yen-the", "p1",
				"91/KH-SYT", "Kế hoạch truyền thông y tế năm 2024", "Báo cáo 6 tháng đầu năm", "ttyt-yen-the", "cdc",
				"cdc", DUE, 3, ESCALATES_AT));
	}

	@Test
	void aSubmittedReportIsNotEscalated() {
		this.obligation.submit("Nộp muộn", Map.of(), List.of(), OFFICER, DUE.plusSeconds(60));

		assertThatIllegalStateException().isThrownBy(() -> this.obligation.escalate(ESCALATES_AT, ESCALATES_AT, "cdc"));
	}

	@Test
	void thePlansLadderSetsTheRemindersAndTheEscalationDelay() {
		Obligation own = Obligation.open(TWO_DAYS_LADDER, SIX_MONTHS, "ttyt-yen-the", Instant.EPOCH);

		assertThat(own.reminders().daysBefore()).containsExactly(5, 2);
		assertThat(own.reminders().nextAt()).isEqualTo(DUE.minus(Duration.ofDays(5)));
		assertThat(own.escalation().workingDays()).isEqualTo(2);
	}

	@Test
	void anAmendedLadderOnTheSameDeadlineDoesNotRemindTwice() {
		this.obligation.remind(DUE.minus(Duration.ofDays(3)));
		PlanSnapshot amended = new PlanSnapshot("p1", "91/KH-SYT", "Kế hoạch", 2, List.of(SIX_MONTHS), "Thang mới",
				new Ladder(List.of(3, 1), 5), 2024);

		this.obligation.follow(amended, SIX_MONTHS, DUE.minus(Duration.ofDays(3)));

		assertThat(this.obligation.reminders().sentDaysBefore()).containsExactly(3);
		assertThat(this.obligation.reminders().nextAt()).isEqualTo(DUE.minus(Duration.ofDays(1)));
		assertThat(this.obligation.escalation().workingDays()).isEqualTo(5);
	}

}
