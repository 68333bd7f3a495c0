package vn.health.plan.plan;

import java.time.LocalDate;
import java.util.List;

import vn.health.contracts.directory.UnitType;
import vn.health.contracts.plan.DueRule;
import vn.health.contracts.plan.Indicator;
import vn.health.contracts.plan.ReportingRequirement;

/**
 * Yêu cầu báo cáo — one report of the plan's reporting regime (chế độ báo cáo): the rule as written
 * (named units and unit types) and, once issued, the units it resolved to.
 *
 * @param indicators the figures each report gives (chỉ tiêu), in the plan's order; empty for a narrative report
 */
public record RequiredReport(String requirementId, String title, String period, LocalDate dueDate, DueRule dueRule,
		List<String> reporterUnitIds, List<UnitType> reporterUnitTypes, String recipientUnitId,
		String upstreamRequirementId, List<String> resolvedReporterUnitIds, List<Indicator> indicators) {

	public RequiredReport {
		reporterUnitIds = (reporterUnitIds != null) ? List.copyOf(reporterUnitIds) : List.of();
		reporterUnitTypes = (reporterUnitTypes != null) ? List.copyOf(reporterUnitTypes) : List.of();
		resolvedReporterUnitIds = (resolvedReporterUnitIds != null) ? List.copyOf(resolvedReporterUnitIds) : List.of();
		indicators = (indicators != null) ? List.copyOf(indicators) : List.of();
	}

	/** The unit that receives the report does not report to itself, even when it has a named type. */
	RequiredReport resolvedWith(UnitsByType units) {
		List<String> resolved = units.resolve(this.reporterUnitIds, this.reporterUnitTypes)
			.stream()
			.filter((id) -> !id.equals(this.recipientUnitId))
			.toList();
		return new RequiredReport(this.requirementId, this.title, this.period, this.dueDate, this.dueRule,
				this.reporterUnitIds, this.reporterUnitTypes, this.recipientUnitId, this.upstreamRequirementId,
				resolved, this.indicators);
	}

	ReportingRequirement toContract() {
		return new ReportingRequirement(this.requirementId, this.title, this.dueDate, this.dueRule,
				this.resolvedReporterUnitIds, this.recipientUnitId, this.period, this.reporterUnitTypes,
				this.upstreamRequirementId, this.indicators);
	}

}
