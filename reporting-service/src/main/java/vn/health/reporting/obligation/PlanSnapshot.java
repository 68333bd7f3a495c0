package vn.health.reporting.obligation;

import java.util.List;

import vn.health.contracts.plan.PlanAmended;
import vn.health.contracts.plan.PlanIssued;
import vn.health.contracts.plan.ReportingRequirement;

/**
 * Phiên bản kế hoạch — what obligations need of one version of a plan, whether it came as
 * {@code PlanIssued} (version 1) or {@code PlanAmended}.
 *
 * @param reason why the plan was amended, {@code null} when it was issued
 * @param ladder the plan's reminders and escalation, the platform's when it gives none
 * @param year the plan's year, which its period labels ("Quý II", "6 tháng") refer to
 */
public record PlanSnapshot(String planId, String number, String title, int version,
		List<ReportingRequirement> requirements, String reason, Ladder ladder, int year) {

	public static PlanSnapshot of(PlanIssued issued) {
		return new PlanSnapshot(issued.planId(), issued.number(), issued.title(), issued.version(),
				issued.requirements(), null, Ladder.of(issued.alertLadder()), issued.year());
	}

	public static PlanSnapshot of(PlanAmended amended) {
		return new PlanSnapshot(amended.planId(), amended.number(), amended.title(), amended.version(),
				amended.requirements(), amended.reason(), Ladder.of(amended.alertLadder()), amended.year());
	}

}
