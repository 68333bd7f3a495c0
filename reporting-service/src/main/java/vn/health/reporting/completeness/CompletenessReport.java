package vn.health.reporting.completeness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.health.reporting.obligation.Obligation;
import vn.health.reporting.obligation.ObligationStatus;

/**
 * Tỷ lệ báo cáo — DHIS2-style reporting rates of a plan's reports for one requirement and/or one period
 * (as the plan names it, e.g. {@code 6 tháng}; both when given). Expected reports are those
 * not cancelled; a report counts as submitted once any version was sent (returned ones included) and as
 * on time when its first version came by the deadline.
 *
 * @param requirementId the requirement asked for, or {@code null}
 * @param period the period asked for, or {@code null}
 * @param requirementIds the requirements the rates cover, sorted
 * @param completenessPercent submitted / expected × 100, one decimal; {@code null} when nothing is expected
 * @param timelinessPercent submitted on time / expected × 100, one decimal; {@code null} when nothing is expected
 * @param missingUnitIds reporter units that have sent nothing yet, sorted
 */
record CompletenessReport(String planId, String requirementId, String period, List<String> requirementIds,
		Map<ObligationStatus, Integer> byStatus, int expected, int submitted, int submittedOnTime,
		int submittedLate, int missing, BigDecimal completenessPercent, BigDecimal timelinessPercent,
		List<String> missingUnitIds) {

	static CompletenessReport of(String planId, String requirementId, String period, List<Obligation> obligations) {
		Map<ObligationStatus, Integer> byStatus = new EnumMap<>(ObligationStatus.class);
		for (ObligationStatus status : ObligationStatus.values()) {
			byStatus.put(status, 0);
		}
		obligations.forEach((obligation) -> byStatus.merge(obligation.status(), 1, Integer::sum));
		List<Obligation> expected = obligations.stream()
			.filter((obligation) -> obligation.status() != ObligationStatus.CANCELLED)
			.toList();
		List<Obligation> submitted = expected.stream()
			.filter((obligation) -> !obligation.submissions().isEmpty())
			.toList();
		int onTime = (int) submitted.stream()
			.filter((obligation) -> !obligation.submissions().getFirst().late())
			.count();
		List<String> missing = expected.stream()
			.filter((obligation) -> obligation.submissions().isEmpty())
			.map(Obligation::unitId)
			.sorted()
			.toList();
		List<String> requirementIds = obligations.stream().map(Obligation::requirementId).distinct().sorted().toList();
		return new CompletenessReport(planId, requirementId, period, requirementIds, byStatus, expected.size(), submitted.size(),
				onTime, submitted.size() - onTime, missing.size(), percent(submitted.size(), expected.size()),
				percent(onTime, expected.size()), missing);
	}

	private static BigDecimal percent(int part, int whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
