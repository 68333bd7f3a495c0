package vn.health.console.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import vn.health.console.api.Completeness;
import vn.health.console.api.Obligation;
import vn.health.console.api.PlanSummary;

/**
 * The Sở's or CDC's overview: one plan's reporting rates per period, and every report overdue to the user's unit.
 *
 * @param plans the plans in force, to choose from
 * @param plan the chosen plan, null when none is in force
 * @param rates its rates, null without a plan
 * @param overdue overdue reports, most overdue first
 */
public record ProvinceOverview(List<PlanSummary> plans, PlanSummary plan, Completeness rates,
		List<Obligation> overdue) {

	static ProvinceOverview of(List<PlanSummary> plans, PlanSummary plan, Completeness rates, List<Obligation> overdue,
			Instant now) {
		return new ProvinceOverview(plans, plan, rates,
				overdue.stream().sorted(Comparator.comparingLong((Obligation o) -> -o.daysOverdue(now))).toList());
	}

	/** The rates per period as the API lists them (by period name). */
	public List<Map.Entry<String, Completeness.Rates>> periods() {
		return (this.rates != null) ? List.copyOf(this.rates.byPeriod().entrySet()) : List.of();
	}

	/** Labels and the two rates per period, for the chart's data attributes. */
	public List<String> chartLabels() {
		return periods().stream().map(Map.Entry::getKey).toList();
	}

	public List<BigDecimal> chartCompleteness() {
		return periods().stream().map((p) -> zeroIfNull(p.getValue().completenessPercent())).toList();
	}

	public List<BigDecimal> chartTimeliness() {
		return periods().stream().map((p) -> zeroIfNull(p.getValue().timelinessPercent())).toList();
	}

	private static BigDecimal zeroIfNull(BigDecimal value) {
		return (value != null) ? value : BigDecimal.ZERO;
	}

}
