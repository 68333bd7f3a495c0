package vn.health.reporting.obligation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.health.contracts.reporting.ReportOverdue;
import vn.health.contracts.reporting.ReportSubmitted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static vn.health.reporting.People.OFFICER;
import static vn.health.reporting.obligation.ObligationTests.DUE;
import static vn.health.reporting.obligation.ObligationTests.PLAN;
import static vn.health.reporting.obligation.ObligationTests.SIX_MONTHS;
import static vn.health.reporting.obligation.ObligationTests.sinceCreation;

/** "trước ngày 20/6/2024": overdue from 20/6 00:00, alerted at 08:00 that morning, once. */
class ObligationOverdueAlertTests {

	private static final Instant MORNING = Instant.parse("2024-06-20T01:00:00Z");

	private final Obligation obligation = Obligation.open(PLAN, SIX_MONTHS, "ttyt-yen-the", Instant.EPOCH);

	@Test
	void aReportPastItsDeadlineIsOverdueAtOnceButAnnouncedOnlyOnItsMorningAndOnce() {
		Instant justLate = DUE.plusSeconds(1);

		this.obligation.markOverdue(justLate, MORNING);

		assertThat(this.obligation.status()).isEqualTo(ObligationStatus.OVERDUE);
		assertThat(this.obligation.overdueSince()).isEqualTo(justLate);
		assertThat(this.obligation.overdueAlert()).isEqualTo(new OverdueAlert(MORNING, null));
		assertThat(sinceCreation(this.obligation)).isEmpty();
		assertThatIllegalStateException().isThrownBy(() -> this.obligation.alertOverdue(MORNING.minusSeconds(1), MORNING));

		assertThat(this.obligation.alertOverdue(MORNING, MORNING)).isTrue();

		assertThat(sinceCreation(this.obligation)).containsExactly(new ReportOverdue("p1.r1.ttyt-yen-the", "p1",
				"91/KH-SYT", "Kế hoạch truyền thông y tế năm 2024", "Báo cáo 6 tháng đầu năm", "ttyt-yen-the", "cdc", DUE,
				MORNING));
		assertThat(this.obligation.overdueAlert()).isEqualTo(new OverdueAlert(null, MORNING));
		assertThatIllegalStateException().isThrownBy(() -> this.obligation.alertOverdue(MORNING.plusSeconds(60), MORNING));
		assertThatIllegalStateException().isThrownBy(() -> this.obligation.markOverdue(MORNING, MORNING));
		assertThat(sinceCreation(this.obligation)).hasSize(1);
	}

	@Test
	void aHolidayKnownOnlyWhenTheMorningComesDefersTheAlertToTheNextWorkingMorning() {
		Instant nextWorkingMorning = MORNING.plus(Duration.ofDays(1));
		this.obligation.markOverdue(DUE.plusSeconds(1), MORNING);

		assertThat(this.obligation.alertOverdue(MORNING, nextWorkingMorning)).isFalse();

		assertThat(this.obligation.overdueAlert().nextAt()).isEqualTo(nextWorkingMorning);
		assertThat(sinceCreation(this.obligation)).isEmpty();
		assertThat(this.obligation.alertOverdue(nextWorkingMorning, nextWorkingMorning)).isTrue();
		assertThat(sinceCreation(this.obligation)).singleElement().isInstanceOf(ReportOverdue.class);
	}

	@Test
	void aReportSubmittedLateButBeforeTheMorningIsNotAlerted() {
		this.obligation.markOverdue(DUE.plusSeconds(1), MORNING);

		this.obligation.submit("Nộp lúc 6 giờ sáng", Map.of(), List.of(), OFFICER, MORNING.minus(Duration.ofHours(2)));

		assertThatIllegalStateException().isThrownBy(() -> this.obligation.alertOverdue(MORNING, MORNING));
		assertThat(sinceCreation(this.obligation)).singleElement().isInstanceOf(ReportSubmitted.class);
		assertThat(this.obligation.submissions().getFirst().late()).isTrue();
	}

}
