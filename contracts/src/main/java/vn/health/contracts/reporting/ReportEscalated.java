package vn.health.contracts.reporting;

import java.time.Instant;

/**
 * A report is still missing {@code workingDaysOverdue} working days after its deadline, so the supervising unit is
 * told (báo cáo đơn vị cấp trên). Published once per obligation and escalation stage.
 *
 * @param supervisorUnitId the unit that supervises the late unit (its parent in the directory)
 * @param workingDaysOverdue the stage reached, counted in working days (weekends and public holidays excluded)
 * @param escalatedAt the instant the escalation sweep ran for, not the wall clock of the run
 */
public record ReportEscalated(String obligationId, String planId, String planNumber, String planTitle,
		String requirementTitle, String unitId, String recipientUnitId, String supervisorUnitId, Instant dueAt,
		int workingDaysOverdue, Instant escalatedAt) implements ReportingEvent {

	@Override
	public String aggregateId() {
		return this.obligationId;
	}

}
