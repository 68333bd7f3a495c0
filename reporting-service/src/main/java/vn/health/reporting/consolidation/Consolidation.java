package vn.health.reporting.consolidation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import vn.health.contracts.plan.Indicator;
import vn.health.reporting.obligation.Obligation;
import vn.health.reporting.obligation.ObligationStatus;

/**
 * Tổng hợp báo cáo — one requirement of a plan, consolidated by its recipient: every unit's latest
 * submitted version, the indicators summed over the accepted ones only (a submitted or returned figure
 * is not yet the recipient's to pass on), and who has sent nothing. Cancelled reports are left out.
 *
 * @param indicators the indicator codes, in the requirement's template order, then any other name a listed version
 *     reports, sorted: the columns of the export
 * @param columns the same with each figure's name, unit of measure and total
 * @param totals sum per indicator over the accepted reports; 0 for one only unaccepted reports carry
 * @param upstream for a chained requirement (CDC → Sở), the consolidation of the requirement it builds on
 *     (units → CDC), so the reporter sees its children's totals; {@code null} otherwise
 */
record Consolidation(String planId, String planNumber, String planTitle, String requirementId,
		String requirementTitle, String period, String recipientUnitId, List<String> indicators,
		List<IndicatorColumn> columns, List<UnitReport> reports, int expected, int accepted, Map<String, Double> totals,
		List<MissingReport> missing, Consolidation upstream) {

	/** Consolidates the obligations of one requirement; {@code obligations} must not be empty. */
	static Consolidation of(List<Obligation> obligations) {
		return of(obligations, null);
	}

	static Consolidation of(List<Obligation> obligations, Consolidation upstream) {
		Obligation any = obligations.getFirst();
		List<Obligation> expected = obligations.stream()
			.filter((obligation) -> obligation.status() != ObligationStatus.CANCELLED)
			.sorted(Comparator.comparing(Obligation::unitId))
			.toList();
		List<UnitReport> reports = expected.stream()
			.filter((obligation) -> !obligation.submissions().isEmpty())
			.map(UnitReport::of)
			.toList();
		List<MissingReport> missing = expected.stream()
			.filter((obligation) -> obligation.submissions().isEmpty())
			.map((obligation) -> new MissingReport(obligation.unitId(), obligation.status(), obligation.dueAt()))
			.toList();
		List<String> indicators = Stream.concat(any.indicators().stream().map(Indicator::code),
				new TreeSet<>(reports.stream().flatMap((report) -> report.indicators().keySet().stream()).toList())
					.stream())
			.distinct()
			.toList();
		List<UnitReport> accepted = reports.stream().filter(UnitReport::accepted).toList();
		Map<String, Double> totals = totals(indicators, accepted);
		return new Consolidation(any.planId(), any.planNumber(), any.planTitle(), any.requirementId(),
				any.requirementTitle(), any.period(), any.recipientUnitId(), indicators,
				columns(any.indicators(), totals), reports, expected.size(), accepted.size(), totals, missing,
				upstream);
	}

	private static List<IndicatorColumn> columns(List<Indicator> template, Map<String, Double> totals) {
		return totals.entrySet().stream().map((total) -> template.stream()
			.filter((indicator) -> indicator.code().equals(total.getKey()))
			.findFirst()
			.map((indicator) -> new IndicatorColumn(indicator.code(), indicator.name(), indicator.unit(), total.getValue()))
			.orElseGet(() -> new IndicatorColumn(total.getKey(), total.getKey(), null, total.getValue())))
			.toList();
	}

	// summed as decimals so that 0.1 + 0.2 is 0.3 in the report, as the units typed it
	private static Map<String, Double> totals(List<String> indicators, List<UnitReport> accepted) {
		Map<String, Double> totals = new LinkedHashMap<>();
		for (String indicator : indicators) {
			BigDecimal sum = accepted.stream()
				.map((report) -> report.indicators().get(indicator))
				.filter((value) -> value != null)
				.map(BigDecimal::valueOf)
				.reduce(BigDecimal.ZERO, BigDecimal::add);
			totals.put(indicator, sum.doubleValue());
		}
		return totals;
	}

}
