package vn.health.console.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Tỷ lệ báo cáo of a plan (reporting-service), overall and per period. */
public record Completeness(String planId, int expected, int submitted, int submittedOnTime, int submittedLate,
		int missing, BigDecimal completenessPercent, BigDecimal timelinessPercent, Map<String, Rates> byPeriod) {

	public Completeness {
		byPeriod = (byPeriod != null) ? byPeriod : Map.of();
	}

	/** The rates of one slice; the percentages are null when nothing is expected. */
	public record Rates(int expected, int submitted, int submittedOnTime, int submittedLate, int missing,
			BigDecimal completenessPercent, BigDecimal timelinessPercent, List<String> missingUnitIds) {

	}

}
