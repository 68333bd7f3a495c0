package vn.health.contracts.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * Yêu cầu báo cáo — one report a plan requires: who reports to whom, by which day and rule.
 * {@code reporterUnitIds} are the resolved unit ids at issue time.
 */
public record ReportingRequirement(String requirementId, String title, LocalDate dueDate, DueRule dueRule,
		List<String> reporterUnitIds, String recipientUnitId) {

	public ReportingRequirement {
		reporterUnitIds = List.copyOf(reporterUnitIds);
	}

}
