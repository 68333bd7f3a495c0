package vn.health.contracts.reporting;

import java.time.Instant;

/**
 * The recipient unit returned a submitted report for correction (trả lại báo cáo); the unit resubmits.
 *
 * @param submissionVersion the submission that was returned
 * @param reason why, as the recipient wrote it (always given)
 */
public record ReportReturned(String obligationId, String planId, String requirementId, String requirementTitle,
		String unitId, String recipientUnitId, int submissionVersion, String reason, Instant returnedAt)
		implements ReportingEvent {

	@Override
	public String aggregateId() {
		return this.obligationId;
	}

}
