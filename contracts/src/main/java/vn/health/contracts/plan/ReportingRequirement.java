package vn.health.contracts.plan;

import java.time.LocalDate;
import java.util.List;

import vn.health.contracts.directory.UnitType;

/**
 * Yêu cầu báo cáo — one report a plan requires: who reports to whom, by which day and rule.
 * {@code reporterUnitIds} are the resolved unit ids at issue time.
 *
 * @param period the reporting period as the plan names it: {@code Quý I}, {@code 6 tháng}, {@code Năm}
 * @param reporterUnitTypes the rule when the plan names reporters by type; empty when it names units
 * @param upstreamRequirementId the requirement of the same plan whose reports this one consolidates
 *     (units → CDC before 15/6, then CDC → Sở before 20/6), or {@code null}
 * @param indicators the figures each report gives (indicator template); empty when the plan asks for narrative only
 */
public record ReportingRequirement(String requirementId, String title, LocalDate dueDate, DueRule dueRule,
		List<String> reporterUnitIds, String recipientUnitId, String period, List<UnitType> reporterUnitTypes,
		String upstreamRequirementId, List<Indicator> indicators) {

	public ReportingRequirement {
		reporterUnitIds = List.copyOf(reporterUnitIds);
		reporterUnitTypes = (reporterUnitTypes != null) ? List.copyOf(reporterUnitTypes) : List.of();
		indicators = (indicators != null) ? List.copyOf(indicators) : List.of();
	}

}
