package vn.health.reporting.completeness;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.health.contracts.plan.DueRule;
import vn.health.contracts.plan.ReportingRequirement;
import vn.health.reporting.directory.District;
import vn.health.reporting.obligation.Obligation;
import vn.health.reporting.obligation.ObligationStatus;
import vn.health.reporting.obligation.CancellationReason;
import vn.health.reporting.obligation.Ladder;
import vn.health.reporting.obligation.PlanSnapshot;
import vn.health.reporting.obligation.ReviewDecision;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.reporting.People.OFFICER;
import static vn.health.reporting.People.COORDINATOR;

class CompletenessReportTests {

	private static final RateQuery QUERY = new RateQuery("p1", "r1", null, null, null);

	private static final Instant DUE = Instant.parse("2024-06-19T17:00:00Z");

	private static final ReportingRequirement REQUIREMENT = new ReportingRequirement("r1", "Báo cáo 6 tháng đầu năm",
			LocalDate.of(2024, 6, 20), DueRule.BEFORE_DAY, List.of(), "cdc", "6 tháng", List.of(), null, List.of());

	private static final PlanSnapshot PLAN = new PlanSnapshot("p1", "91/KH-SYT", "Kế hoạch 2024", 1,
			List.of(REQUIREMENT), null, Ladder.DEFAULT, 2024);

	@Test
	void ratesCountSubmittedOnTimeLateAndMissingAgainstWhatIsExpected() {
		Obligation onTime = unit("ttyt-yen-the");
		onTime.submit("Đúng hạn", Map.of(), List.of(), OFFICER, DUE);
		onTime.review(ReviewDecision.ACCEPT, null, COORDINATOR, DUE);
		Obligation late = unit("ttyt-tan-yen");
		late.submit("Muộn", Map.of(), List.of(), OFFICER, DUE.plus(Duration.ofDays(2)));
		Obligation overdue = unit("ttyt-luc-ngan");
		overdue.markOverdue(DUE.plusSeconds(1), DUE.plusSeconds(1));
		Obligation open = unit("ttyt-hiep-hoa");

		CompletenessReport report = CompletenessReport.of(QUERY, rows(onTime, late, overdue, open), Map.of());

		assertThat(report.expected()).isEqualTo(4);
		assertThat(report.submitted()).isEqualTo(2);
		assertThat(report.submittedOnTime()).isEqualTo(1);
		assertThat(report.submittedLate()).isEqualTo(1);
		assertThat(report.missing()).isEqualTo(2);
		assertThat(report.completenessPercent()).isEqualByComparingTo("50.0");
		assertThat(report.timelinessPercent()).isEqualByComparingTo("25.0");
		assertThat(report.missingUnitIds()).containsExactly("ttyt-hiep-hoa", "ttyt-luc-ngan");
		assertThat(report.byStatus()).containsEntry(ObligationStatus.ACCEPTED, 1)
			.containsEntry(ObligationStatus.SUBMITTED, 1)
			.containsEntry(ObligationStatus.OVERDUE, 1)
			.containsEntry(ObligationStatus.OPEN, 1)
			.containsEntry(ObligationStatus.CANCELLED, 0);
		assertThat(report.byUnitType().get("DISTRICT_HEALTH_CENTRE").missingUnitIds()).containsExactly("ttyt-luc-ngan");
		assertThat(report.byUnitType().get("UNKNOWN").missingUnitIds()).containsExactly("ttyt-hiep-hoa");
		assertThat(report.byRequirement().get("r1").completenessPercent()).isEqualByComparingTo("50.0");
		assertThat(report.byPeriod().get("6 tháng").expected()).isEqualTo(4);
	}

	@Test
	void aReportReturnedAndResubmittedLateStillCountsAsOnTimeWhenItsFirstVersionWas() {
		Obligation returned = unit("ttyt-yen-the");
		returned.submit("Bản 1", Map.of(), List.of(), OFFICER, DUE);
		returned.review(ReviewDecision.RETURN, "Thiếu số liệu", COORDINATOR, DUE.plusSeconds(60));
		returned.submit("Bản 2", Map.of(), List.of(), OFFICER, DUE.plus(Duration.ofDays(3)));

		CompletenessReport report = CompletenessReport.of(QUERY, rows(returned), Map.of());

		assertThat(report.submittedOnTime()).isEqualTo(1);
		assertThat(report.timelinessPercent()).isEqualByComparingTo(new BigDecimal("100.0"));
	}

	@Test
	void cancelledReportsAreNotExpectedAndNothingExpectedHasNoRate() {
		Obligation cancelled = unit("ttyt-yen-the");
		cancelled.submit("Bản 1", Map.of(), List.of(), OFFICER, DUE);
		cancelled.review(ReviewDecision.RETURN, "Thiếu số liệu", COORDINATOR, DUE);

		cancelled.cancel(2, CancellationReason.PLAN_REVOKED, "Kế hoạch bị thu hồi", DUE);

		CompletenessReport report = CompletenessReport.of(QUERY, rows(cancelled), Map.of());

		assertThat(report.expected()).isZero();
		assertThat(report.byStatus()).containsEntry(ObligationStatus.CANCELLED, 1);
		assertThat(report.completenessPercent()).isNull();
		assertThat(report.timelinessPercent()).isNull();
	}

	@Test
	void ratesByDistrictGroupCommunesUnderTheirDistrictAndTheRestUnderTheProvinceOrUnknown() {
		Obligation commune = unit("tyt-bo-ha");
		commune.submit("Đúng hạn", Map.of(), List.of(), OFFICER, DUE);
		Obligation centre = unit("ttyt-yen-the");
		Obligation otherDistrict = unit("tyt-cao-thuong");
		Obligation cdc = unit("cdc");
		Obligation unknown = unit("ttyt-hiep-hoa");
		District yenThe = new District("ttyt-yen-the", "TTYT huyện Yên Thế");
		Map<String, Optional<District>> districts = Map.of("tyt-bo-ha", Optional.of(yenThe), "ttyt-yen-the",
				Optional.of(yenThe), "tyt-cao-thuong", Optional.of(new District("ttyt-tan-yen", "TTYT huyện Tân Yên")),
				"cdc", Optional.empty());

		CompletenessReport report = CompletenessReport.of(QUERY, rows(commune, centre, otherDistrict, cdc, unknown),
				districts);

		assertThat(report.byDistrict()).containsOnlyKeys("ttyt-yen-the", "ttyt-tan-yen", "PROVINCE", "UNKNOWN");
		DistrictRates byYenThe = report.byDistrict().get("ttyt-yen-the");
		assertThat(byYenThe.name()).isEqualTo("TTYT huyện Yên Thế");
		assertThat(byYenThe.expected()).isEqualTo(2);
		assertThat(byYenThe.completenessPercent()).isEqualByComparingTo("50.0");
		assertThat(byYenThe.missingUnitIds()).containsExactly("ttyt-yen-the");
		assertThat(report.byDistrict().get("ttyt-tan-yen").missingUnitIds()).containsExactly("tyt-cao-thuong");
		assertThat(report.byDistrict().get("PROVINCE").unitId()).isNull();
		assertThat(report.byDistrict().get("PROVINCE").missingUnitIds()).containsExactly("cdc");
		assertThat(report.byDistrict().get("UNKNOWN").missingUnitIds()).containsExactly("ttyt-hiep-hoa");
	}

	/** Rows as the projection writes them; the directory knows every unit but Hiệp Hòa. */
	private static List<RateRow> rows(Obligation... obligations) {
		return Stream.of(obligations)
			.map((obligation) -> RateRow.of(obligation,
					obligation.unitId().equals("ttyt-hiep-hoa") ? null : "DISTRICT_HEALTH_CENTRE", 1))
			.toList();
	}

	private static Obligation unit(String unitId) {
		return Obligation.open(PLAN, REQUIREMENT, unitId, Instant.EPOCH);
	}

}
