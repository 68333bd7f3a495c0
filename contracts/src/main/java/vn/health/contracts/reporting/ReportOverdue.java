package vn.health.contracts.reporting;

import java.time.Instant;

/**
 * A unit's report was not submitted by its deadline (báo cáo quá hạn). Published once per obligation.
 *
 * @param detectedAt the instant the overdue sweep ran for, not the wall clock of the run
 */
public record ReportOverdue(String obligationId, String planId, String planNumber, String planTitle,
		String requirementTitle, String unitId, String recipientUnitId, Instant dueAt, Instant detectedAt)
		implements ReportingEvent {

	@Override
	public String aggregateId() {
		return this.obligationId;
	}

}
