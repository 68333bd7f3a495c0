package vn.health.reporting.consolidation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.health.contracts.plan.DueRule;
import vn.health.contracts.plan.ReportingRequirement;
import vn.health.reporting.obligation.Obligation;
import vn.health.reporting.obligation.ObligationStatus;
import vn.health.reporting.obligation.CancellationReason;
import vn.health.reporting.obligation.Ladder;
import vn.health.reporting.obligation.PlanSnapshot;
import vn.health.reporting.obligation.ReviewDecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.health.reporting.People.OFFICER;
import static vn.health.reporting.People.COORDINATOR;

class ConsolidationTests {

	private static final Instant DUE = Instant.parse("2024-06-14T17:00:00Z");

	private static final ReportingRequirement UNITS = new ReportingRequirement("don-vi", "Báo cáo 6 tháng của đơn vị",
			LocalDate.of(2024, 6, 15), DueRule.BEFORE_DAY, List.of(), "cdc", "6 tháng", List.of(), null, List.of());

	private static final PlanSnapshot PLAN = new PlanSnapshot("p1", "91/KH-SYT", "Kế hoạch 2024", 1,
			List.of(UNITS), null, Ladder.DEFAULT, 2024);

	@Test
	void totalsSumOnlyTheAcceptedReportsWhileEveryReportIsListed() {
		Obligation yenThe = accepted("ttyt-yen-the", Map.of("Số buổi truyền thông", 12.0, "Số người tham dự", 0.1));
		Obligation tanYen = accepted("ttyt-tan-yen", Map.of("Số người tham dự", 0.2));
		Obligation lucNgan = unit("ttyt-luc-ngan");
		lucNgan.submit("Chờ duyệt", Map.of("Số người tham dự", 500.0), List.of(), OFFICER, DUE);
		Obligation hiepHoa = unit("ttyt-hiep-hoa");
		hiepHoa.submit("Sai số liệu", Map.of("Số người tham dự", 900.0, "Số tờ rơi", 40.0), List.of(), OFFICER, DUE);
		hiepHoa.review(ReviewDecision.RETURN, "Sai số liệu", COORDINATOR, DUE);

		Consolidation consolidation = Consolidation.of(List.of(yenThe, tanYen, lucNgan, hiepHoa));

		assertThat(consolidation.accepted()).isEqualTo(2);
		assertThat(consolidation.indicators()).containsExactly("Số buổi truyền thông", "Số người tham dự", "Số tờ rơi");
		assertThat(consolidation.totals()).containsExactly(Map.entry("Số buổi truyền thông", 12.0),
				Map.entry("Số người tham dự", 0.3), Map.entry("Số tờ rơi", 0.0));
		assertThat(consolidation.reports()).extracting(UnitReport::unitId, UnitReport::status)
			.containsExactly(tuple("ttyt-hiep-hoa", ObligationStatus.RETURNED),
					tuple("ttyt-luc-ngan", ObligationStatus.SUBMITTED), tuple("ttyt-tan-yen", ObligationStatus.ACCEPTED),
					tuple("ttyt-yen-the", ObligationStatus.ACCEPTED));
		assertThat(consolidation.missing()).isEmpty();
		assertThat(consolidation.recipientUnitId()).isEqualTo("cdc");
	}

	@Test
	void anAcceptedResubmissionCountsWithItsLatestFiguresAndLateness() {
		Obligation corrected = unit("ttyt-yen-the");
		corrected.submit("Bản 1", Map.of("Số buổi truyền thông", 99.0), List.of(), OFFICER, DUE);
		corrected.review(ReviewDecision.RETURN, "Sai số liệu", COORDINATOR, DUE);
		corrected.submit("Bản 2", Map.of("Số buổi truyền thông", 9.0), List.of(), OFFICER, DUE.plus(Duration.ofHours(50)));
		corrected.review(ReviewDecision.ACCEPT, null, COORDINATOR, DUE.plus(Duration.ofHours(51)));

		Consolidation consolidation = Consolidation.of(List.of(corrected));

		assertThat(consolidation.totals()).containsEntry("Số buổi truyền thông", 9.0);
		UnitReport report = consolidation.reports().getFirst();
		assertThat(report.version()).isEqualTo(2);
		assertThat(report.narrative()).isEqualTo("Bản 2");
		assertThat(report.lateBy()).isEqualTo(Duration.ofHours(50));
		assertThat(Labels.lateBy(report.lateBy())).isEqualTo("2 ngày 2 giờ");
	}

	@Test
	void unitsThatSentNothingAreMissingAndCancelledOnesAreLeftOut() {
		Obligation overdue = unit("ttyt-yen-the");
		overdue.markOverdue(DUE.plusSeconds(1), DUE.plusSeconds(1));
		Obligation open = unit("ttyt-tan-yen");
		Obligation cancelled = unit("ttyt-luc-ngan");
		cancelled.cancel(2, CancellationReason.PLAN_REVOKED, "Kế hoạch bị thu hồi", DUE);

		Consolidation consolidation = Consolidation.of(List.of(overdue, open, cancelled));

		assertThat(consolidation.expected()).isEqualTo(2);
		assertThat(consolidation.missing()).extracting(MissingReport::unitId, MissingReport::status)
			.containsExactly(tuple("ttyt-tan-yen", ObligationStatus.OPEN),
					tuple("ttyt-yen-the", ObligationStatus.OVERDUE));
		assertThat(consolidation.reports()).isEmpty();
		assertThat(consolidation.totals()).isEmpty();
		assertThat(consolidation.upstream()).isNull();
	}

	private static Obligation accepted(String unitId, Map<String, Double> indicators) {
		Obligation obligation = unit(unitId);
		obligation.submit("Báo cáo", indicators, List.of(), OFFICER, DUE);
		obligation.review(ReviewDecision.ACCEPT, null, COORDINATOR, DUE);
		return obligation;
	}

	private static Obligation unit(String unitId) {
		return Obligation.open(PLAN, UNITS, unitId, Instant.EPOCH);
	}

}
