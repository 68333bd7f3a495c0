package vn.health.contracts.reporting;

import java.time.Instant;

/**
 * A unit's report falls due soon (nhắc hạn báo cáo). Published at most once per obligation, deadline and
 * reminder offset; a reminder whose moment passed while a more urgent one is due is skipped, not sent.
 *
 * @param daysBefore the reminder offset reached: 7, 3 or 1 days before {@code dueAt}
 * @param remindedAt the instant the reminder sweep ran for, not the wall clock of the run
 */
public record ReportDueSoon(String obligationId, String planId, String planNumber, String planTitle,
		String requirementTitle, String unitId, String recipientUnitId, Instant dueAt, int daysBefore,
		Instant remindedAt) implements ReportingEvent {

	@Override
	public String aggregateId() {
		return this.obligationId;
	}

}
