package vn.health.contracts.reporting;

import java.time.Instant;

/**
 * An open obligation's deadline changed because the plan was amended (gia hạn / điều chỉnh hạn báo cáo).
 * Reminders and alerts follow the new {@code dueAt}.
 */
public record ObligationRescheduled(String obligationId, String planId, String unitId, Instant previousDueAt,
		Instant dueAt, Instant rescheduledAt) implements ReportingEvent {

	@Override
	public String aggregateId() {
		return this.obligationId;
	}

}
