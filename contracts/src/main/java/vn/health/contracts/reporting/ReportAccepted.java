package vn.health.contracts.reporting;

import java.time.Instant;

/**
 * The recipient unit accepted a submitted report (duyệt báo cáo). Published once per obligation.
 *
 * @param submissionVersion the submission that was accepted
 */
public record ReportAccepted(String obligationId, String planId, String requirementId, String requirementTitle,
		String unitId, String recipientUnitId, int submissionVersion, Instant acceptedAt) implements ReportingEvent {

	@Override
	public String aggregateId() {
		return this.obligationId;
	}

}
