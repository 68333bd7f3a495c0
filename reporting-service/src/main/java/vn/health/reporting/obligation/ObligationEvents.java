package vn.health.reporting.obligation;

import java.time.Instant;

import vn.health.contracts.reporting.ObligationCancelled;
import vn.health.contracts.reporting.ObligationCreated;
import vn.health.contracts.reporting.ObligationReassigned;
import vn.health.contracts.reporting.ObligationRescheduled;
import vn.health.contracts.reporting.ReportAccepted;
import vn.health.contracts.reporting.ReportDueSoon;
import vn.health.contracts.reporting.ReportEscalated;
import vn.health.contracts.reporting.ReportOverdue;
import vn.health.contracts.reporting.ReportReturned;
import vn.health.contracts.reporting.ReportSubmitted;

/**
 * The {@code reporting.v1} payloads an {@link Obligation} records, built from its state at the moment of the
 * transition; only the obligation calls these, so no event exists without its state change.
 */
final class ObligationEvents {

	private ObligationEvents() {
	}

	static ObligationCreated created(Obligation o, Instant at) {
		return new ObligationCreated(o.id(), o.planId(), o.planNumber(), o.planTitle(), o.requirementId(),
				o.requirementTitle(), o.period(), o.unitId(), o.recipientUnitId(), o.dueAt(), at);
	}

	static ObligationRescheduled rescheduled(Obligation o, Instant previousDueAt, Instant at) {
		return new ObligationRescheduled(o.id(), o.planId(), o.unitId(), previousDueAt, o.dueAt(), at);
	}

	static ObligationCancelled cancelled(Obligation o) {
		Cancellation cancellation = o.cancellation();
		return new ObligationCancelled(o.id(), o.planId(), o.unitId(), cancellation.code().name(),
				cancellation.cancelledAt());
	}

	static ObligationReassigned reassigned(Obligation o, Reassignment reassignment) {
		return new ObligationReassigned(o.id(), o.planId(), reassignment.fromUnitId(), reassignment.toUnitId(),
				reassignment.reason(), reassignment.reassignedAt());
	}

	static ReportDueSoon dueSoon(Obligation o, int daysBefore, Instant asOf) {
		return new ReportDueSoon(o.id(), o.planId(), o.planNumber(), o.planTitle(), o.requirementTitle(), o.unitId(),
				o.recipientUnitId(), o.dueAt(), daysBefore, asOf);
	}

	static ReportOverdue overdue(Obligation o, Instant asOf) {
		return new ReportOverdue(o.id(), o.planId(), o.planNumber(), o.planTitle(), o.requirementTitle(), o.unitId(),
				o.recipientUnitId(), o.dueAt(), asOf);
	}

	static ReportEscalated escalated(Obligation o, Escalation escalation) {
		return new ReportEscalated(o.id(), o.planId(), o.planNumber(), o.planTitle(), o.requirementTitle(),
				o.unitId(), o.recipientUnitId(), escalation.supervisorUnitId(), o.dueAt(), escalation.workingDays(),
				escalation.escalatedAt());
	}

	static ReportSubmitted submitted(Obligation o, Submission submission) {
		return new ReportSubmitted(o.id(), o.planId(), o.requirementId(), o.requirementTitle(), o.unitId(),
				o.recipientUnitId(), submission.version(), o.dueAt(), submission.submittedAt(), submission.lateBy(),
				submission.indicatorMap());
	}

	static ReportAccepted accepted(Obligation o, Review review) {
		return new ReportAccepted(o.id(), o.planId(), o.requirementId(), o.requirementTitle(), o.unitId(),
				o.recipientUnitId(), review.submissionVersion(), review.decidedAt());
	}

	static ReportReturned returned(Obligation o, Review review) {
		return new ReportReturned(o.id(), o.planId(), o.requirementId(), o.requirementTitle(), o.unitId(),
				o.recipientUnitId(), review.submissionVersion(), review.reason(), review.decidedAt());
	}

}
