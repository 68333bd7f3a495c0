package vn.health.console.dashboard;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import vn.health.console.api.Obligation;
import vn.health.console.api.PlanSummary;

/**
 * The Sở's or a recipient's (the CDC's, a district centre's) overview: one plan's reporting rates, and every report
 * overdue to the user's unit. Each part carries its own note when its service refused or did not answer.
 *
 * @param plans the plans in force, to choose from
 * @param plan the chosen plan, null when none is in force (or the plans could not be read)
 * @param rates its rates, null without a plan
 * @param overdue overdue reports, most overdue first
 */
public record ProvinceOverview(Part<List<PlanSummary>> plans, PlanSummary plan, RateTable rates,
		Part<List<Obligation>> overdue) {

	static ProvinceOverview of(Part<List<PlanSummary>> plans, PlanSummary plan, RateTable rates,
			Part<List<Obligation>> overdue, Instant now) {
		Part<List<Obligation>> mostOverdueFirst = overdue.failed() ? overdue : Part.of(overdue.value()
			.stream()
			.sorted(Comparator.comparingLong((Obligation o) -> -o.daysOverdue(now)))
			.toList());
		return new ProvinceOverview(plans, plan, rates, mostOverdueFirst);
	}

}
