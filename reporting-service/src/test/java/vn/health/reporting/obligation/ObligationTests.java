package vn.health.reporting.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.health.contracts.plan.DueRule;
import vn.health.contracts.plan.PlanIssued;
import vn.health.contracts.plan.PlanKind;
import vn.health.contracts.plan.PlanPeriod;
import vn.health.contracts.plan.ReportingRequirement;
import vn.health.contracts.reporting.ReportOverdue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ObligationTests {

	private static final Instant DUE = Instant.parse("2024-06-19T17:00:00Z");

	private final Obligation obligation = Obligation.open(
			new PlanIssued("p1", "91/KH-SYT", "Kế hoạch truyền thông y tế năm 2024", 2024, Instant.EPOCH,
					List.of(), 1, "syt", PlanKind.YEARLY, new PlanPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
					List.of(), List.of()),
			new ReportingRequirement("r1", "Báo cáo 6 tháng đầu năm", LocalDate.of(2024, 6, 20), DueRule.BEFORE_DAY,
					List.of("ttyt-yen-the"), "cdc", "6 tháng", List.of(), null),
			"ttyt-yen-the", Instant.EPOCH);

	@Test
	void idIsDerivedFromPlanRequirementAndUnit() {
		assertThat(this.obligation.id()).isEqualTo("p1.r1.ttyt-yen-the");
		assertThat(this.obligation.dueAt()).isEqualTo(DUE);
		assertThat(this.obligation.status()).isEqualTo(ObligationStatus.OPEN);
	}

	@Test
	void anOpenReportPastItsDeadlineBecomesOverdueAndAnnouncesItOnce() {
		Instant asOf = DUE.plusSeconds(1);

		this.obligation.markOverdue(asOf);

		assertThat(this.obligation.status()).isEqualTo(ObligationStatus.OVERDUE);
		assertThat(this.obligation.pendingEvents()).singleElement()
			.satisfies((event) -> assertThat(event.payload()).isEqualTo(new ReportOverdue("p1.r1.ttyt-yen-the", "p1",
					"91/KH-SYT", "Kế hoạch truyền thông y tế năm 2024", "Báo cáo 6 tháng đầu năm", "ttyt-yen-the",
					"cdc", DUE, asOf)));
		assertThatIllegalStateException().isThrownBy(() -> this.obligation.markOverdue(asOf.plusSeconds(60)));
		assertThat(this.obligation.pendingEvents()).hasSize(1);
	}

	@Test
	void aReportIsNotOverdueAtTheVeryInstantOfItsDeadline() {
		assertThatIllegalStateException().isThrownBy(() -> this.obligation.markOverdue(DUE));
		assertThat(this.obligation.pendingEvents()).isEmpty();
	}

}
