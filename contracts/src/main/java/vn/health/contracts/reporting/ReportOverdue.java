package vn.health.contracts.reporting;

import java.time.Instant;

/**
 * A unit's report was not submitted by its deadline (báo cáo quá hạn): the overdue alert, published once per
 * obligation at 08:00 (Vietnam time) of the first working day after the last day the report was on time, unless it
 * was submitted before then. The obligation itself shows as overdue from the deadline on.
 *
 * @param detectedAt the instant the sweep ran for (usually that 08:00), not the wall clock of the run
 */
public record ReportOverdue(String obligationId, String planId, String planNumber, String planTitle,
		String requirementTitle, String unitId, String recipientUnitId, Instant dueAt, Instant detectedAt)
		implements ReportingEvent {

	@Override
	public String aggregateId() {
		return this.obligationId;
	}

}
