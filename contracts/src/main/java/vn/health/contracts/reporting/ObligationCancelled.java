package vn.health.contracts.reporting;

import java.time.Instant;

/**
 * An obligation no longer applies (hủy nghĩa vụ báo cáo): its plan was revoked or amended without it. It stays
 * visible as cancelled; calendars drop its deadline.
 *
 * @param reason why, e.g. {@code PLAN_REVOKED} or {@code REQUIREMENT_REMOVED}
 */
public record ObligationCancelled(String obligationId, String planId, String unitId, String reason,
		Instant cancelledAt) implements ReportingEvent {

	@Override
	public String aggregateId() {
		return this.obligationId;
	}

}
