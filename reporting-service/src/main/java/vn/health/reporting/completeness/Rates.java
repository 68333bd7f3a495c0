package vn.health.reporting.completeness;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Tỷ lệ — DHIS2-style reporting rates of a set of reports: expected are those not cancelled; a report counts as
 * submitted once any version was sent and as on time when its first version came by the deadline.
 *
 * @param completenessPercent submitted / expected × 100, one decimal; {@code null} when nothing is expected
 * @param timelinessPercent submitted on time / expected × 100, one decimal; {@code null} when nothing is expected
 * @param missingUnitIds reporter units that have sent nothing yet, sorted
 */
record Rates(int expected, int submitted, int submittedOnTime, int submittedLate, int missing,
		BigDecimal completenessPercent, BigDecimal timelinessPercent, List<String> missingUnitIds) {

	static Rates of(List<RateRow> rows) {
		List<RateRow> expected = rows.stream().filter(RateRow::expected).toList();
		int submitted = (int) expected.stream().filter(RateRow::submitted).count();
		int onTime = (int) expected.stream().filter(RateRow::onTime).count();
		List<String> missing = expected.stream()
			.filter((row) -> !row.submitted())
			.map(RateRow::unitId)
			.sorted()
			.toList();
		return new Rates(expected.size(), submitted, onTime, submitted - onTime, missing.size(),
				percent(submitted, expected.size()), percent(onTime, expected.size()), missing);
	}

	private static BigDecimal percent(int part, int whole) {
		if (whole == 0) {
			return null;
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
