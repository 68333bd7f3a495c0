package vn.health.reporting.obligation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.health.contracts.plan.DueRule;
import vn.health.contracts.plan.Indicator;

/**
 * Nghĩa vụ báo cáo as the API shows it, with its whole history: every submitted version and every
 * review decision with who made it, the reminders, the overdue alert and escalation to the supervisor and every move
 * to another unit.
 * {@code dueAt} is the exact instant; {@code dueDate} and {@code dueRule} say how it was read;
 * {@code dataPeriod} the days the figures cover by Nghị định 09/2019 ({@code null} when {@code period} names
 * none); {@code indicators} is the template a submission fills in (code, name, unit).
 */
public record ObligationView(String id, String planId, int planVersion, String planNumber, String planTitle,
		String requirementId, String requirementTitle, String period, DataPeriod dataPeriod,
		List<Indicator> indicators, String unitId, String recipientUnitId, LocalDate dueDate, DueRule dueRule, Instant dueAt, ObligationStatus status,
		Instant overdueSince, Cancellation cancellation, Reminders reminders, OverdueAlert overdueAlert,
		Escalation escalation,
		List<Reassignment> reassignments, List<SubmissionView> submissions, List<Review> reviews) {

	public static ObligationView of(Obligation o) {
		return new ObligationView(o.id(), o.planId(), o.planVersion(), o.planNumber(), o.planTitle(),
				o.requirementId(), o.requirementTitle(), o.period(), o.dataPeriod(), o.indicators(), o.unitId(),
				o.recipientUnitId(), o.dueDate(), o.dueRule(), o.dueAt(), o.status(), o.overdueSince(), o.cancellation(), o.reminders(),
				o.overdueAlert(), o.escalation(), o.reassignments(),
				o.submissions().stream().map(SubmissionView::of).toList(), o.reviews());
	}

	/**
	 * One submitted version and who sent it; {@code lateBy} is an ISO-8601 duration, {@code PT0S} when on time.
	 */
	public record SubmissionView(int version, String narrative, Map<String, Double> indicators,
			List<String> attachments, Instant submittedAt, Actor submittedBy, boolean late, Duration lateBy) {

		static SubmissionView of(Submission s) {
			return new SubmissionView(s.version(), s.narrative(), s.indicatorMap(), s.attachments(), s.submittedAt(),
					s.submittedBy(), s.late(), s.lateBy());
		}

	}

}
