package vn.health.reporting.obligation;

import java.time.Duration;
import java.time.Instant;

/**
 * Báo cáo cấp trên — when an unsubmitted report is escalated to its unit's supervisor, once per deadline.
 * {@code nextAt} starts as the earliest instant the escalation could be due ({@code workingDays} calendar
 * days after the deadline: working days are never fewer); the sweep then counts working days with the holiday
 * calendar it has at that moment and either escalates or defers {@code nextAt}, so a holiday list that arrives
 * late is still honoured.
 *
 * @param nextAt when the sweep should look, {@code null} once escalated
 * @param workingDays working days after the deadline the supervisor is told (the plan's ladder)
 * @param escalatedAt when it was escalated, {@code null} before
 * @param supervisorUnitId who was told, {@code null} before
 */
public record Escalation(Instant nextAt, int workingDays, Instant escalatedAt, String supervisorUnitId) {

	/**
	 * The escalation after a plan version: a new deadline (or a ladder with another delay, not yet escalated) starts
	 * afresh; otherwise it stays, so nobody is told twice about one deadline.
	 */
	static Escalation following(Escalation current, Ladder ladder, Instant previousDueAt, Instant dueAt) {
		boolean sameDelay = current != null
				&& (current.escalatedAt() != null || current.workingDays() == ladder.escalationWorkingDays());
		return (sameDelay && dueAt.equals(previousDueAt)) ? current : after(dueAt, ladder.escalationWorkingDays());
	}

	static Escalation after(Instant dueAt, int workingDays) {
		return new Escalation(dueAt.plus(Duration.ofDays(workingDays)), workingDays, null, null);
	}

	boolean due(Instant asOf) {
		return this.nextAt != null && !this.nextAt.isAfter(asOf);
	}

	Escalation deferredTo(Instant at) {
		return new Escalation(at, this.workingDays, null, null);
	}

	Escalation sent(Instant asOf, String supervisor) {
		return new Escalation(null, this.workingDays, asOf, supervisor);
	}

}
