package vn.health.contracts.reporting;

import java.time.Instant;

/**
 * A unit owes a report (phát sinh nghĩa vụ báo cáo): created when a plan is issued or amended with a requirement
 * the unit reports on. Published once per obligation; calendars show {@code dueAt} as the unit's deadline.
 *
 * @param period the reporting period as the plan names it: {@code Quý I}, {@code 6 tháng}, {@code Năm}
 * @param createdAt the instant of the plan event that created it
 */
public record ObligationCreated(String obligationId, String planId, String planNumber, String planTitle,
		String requirementId, String requirementTitle, String period, String unitId, String recipientUnitId,
		Instant dueAt, Instant createdAt) implements ReportingEvent {

	@Override
	public String aggregateId() {
		return this.obligationId;
	}

}
