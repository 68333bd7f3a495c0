package vn.health.reporting.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.contracts.plan.DueRule;
import vn.health.contracts.plan.ReportingRequirement;
import vn.health.contracts.reporting.ReportAccepted;
import vn.health.contracts.reporting.ReportDueSoon;
import vn.health.contracts.reporting.ReportOverdue;
import vn.health.contracts.reporting.ReportReturned;
import vn.health.contracts.reporting.ReportSubmitted;
import vn.health.servicekit.outbox.AggregateRoot;

/**
 * Nghĩa vụ báo cáo — one report one unit owes for one requirement of a plan. The id is derived from
 * plan, requirement and unit, so the same plan event delivered twice creates nothing new. It owns its
 * status: plan changes, submissions, reviews and the overdue sweep all go through its methods, which
 * throw {@link IllegalTransitionException} on a move the status forbids. Over 200 lines (half of them
 * accessors) so that the whole state machine — plan changes, reminders, overdue, submission, review —
 * reads in one place.
 */
@Document("obligations")
@CompoundIndex(name = "status_dueAt", def = "{'status': 1, 'dueAt': 1}")
@CompoundIndex(name = "status_nextReminder", def = "{'status': 1, 'reminders.nextAt': 1}")
@CompoundIndex(name = "plan_requirement", def = "{'planId': 1, 'requirementId': 1}")
public class Obligation extends AggregateRoot {

	@Id
	private String id;

	private String planId;

	private int planVersion;

	private String planNumber;

	private String planTitle;

	private String requirementId;

	private String requirementTitle;

	private String period;

	private String upstreamRequirementId;

	@Indexed
	private String unitId;

	private String recipientUnitId;

	private LocalDate dueDate;

	private DueRule dueRule;

	private Instant dueAt;

	private ObligationStatus status;

	private Instant createdAt;

	private Instant overdueSince;

	private Cancellation cancellation;

	private Reminders reminders;

	private List<Submission> submissions = new ArrayList<>();

	private List<Review> reviews = new ArrayList<>();

	@Version
	private Long version;

	protected Obligation() {
	}

	public static String idOf(String planId, String requirementId, String unitId) {
		return planId + "." + requirementId + "." + unitId;
	}

	public static Obligation open(PlanSnapshot plan, ReportingRequirement requirement, String unitId, Instant now) {
		Obligation obligation = new Obligation();
		obligation.id = idOf(plan.planId(), requirement.requirementId(), unitId);
		obligation.planId = plan.planId();
		obligation.requirementId = requirement.requirementId();
		obligation.unitId = unitId;
		obligation.status = ObligationStatus.OPEN;
		obligation.createdAt = now;
		obligation.takeOver(plan, requirement);
		return obligation;
	}

	/**
	 * Brings the obligation to a newer plan version that still requires it: a cancelled one is owed
	 * again, and one still awaiting its reporter gets the new deadline (back to open if the deadline
	 * moved past {@code now}). Submitted and accepted work keeps its deadline. Returns whether anything
	 * changed; a version the obligation already reflects changes nothing.
	 */
	public boolean follow(PlanSnapshot plan, ReportingRequirement requirement, Instant now) {
		if (plan.version() <= this.planVersion) {
			return false;
		}
		if (this.status == ObligationStatus.CANCELLED) {
			this.status = this.cancellation.statusBefore();
			this.cancellation = null;
		}
		if (this.status.awaitsReporter()) {
			takeOver(plan, requirement);
			if (this.status == ObligationStatus.OVERDUE && this.dueAt.isAfter(now)) {
				this.status = ObligationStatus.OPEN;
				this.overdueSince = null;
			}
		}
		this.planVersion = plan.version();
		return true;
	}

	/** Cancels the obligation if its reporter still owes it; returns whether it did. */
	public boolean cancel(int planVersion, String reason, Instant now) {
		if (!this.status.awaitsReporter() || planVersion < this.planVersion) {
			return false;
		}
		this.cancellation = new Cancellation(now, planVersion, reason, this.status);
		this.status = ObligationStatus.CANCELLED;
		this.planVersion = planVersion;
		return true;
	}

	/** Marks the report overdue as of {@code asOf} and announces it; only an open report past its deadline. */
	public void markOverdue(Instant asOf) {
		if (this.status != ObligationStatus.OPEN || !asOf.isAfter(this.dueAt)) {
			throw new IllegalStateException("Obligation " + this.id + " is " + this.status + ", due " + this.dueAt
					+ ": not overdue at " + asOf);
		}
		this.status = ObligationStatus.OVERDUE;
		this.overdueSince = asOf;
		record(new ReportOverdue(this.id, this.planId, this.planNumber, this.planTitle, this.requirementTitle,
				this.unitId, this.recipientUnitId, this.dueAt, asOf), asOf);
	}

	/**
	 * Reminds the reporter once per deadline and offset (see {@link Reminders}); returns whether a reminder
	 * went out. Only an open report whose next reminder is due; from the deadline on the overdue sweep acts.
	 */
	public boolean remind(Instant asOf) {
		if (this.status != ObligationStatus.OPEN || this.reminders == null || !this.reminders.due(asOf)) {
			throw new IllegalStateException("Obligation " + this.id + " is " + this.status + ", reminders "
					+ this.reminders + ": no reminder due at " + asOf);
		}
		OptionalInt days = this.reminders.toSend(this.dueAt, asOf);
		this.reminders = this.reminders.passed(this.dueAt, asOf);
		days.ifPresent((daysBefore) -> record(new ReportDueSoon(this.id, this.planId, this.planNumber, this.planTitle,
				this.requirementTitle, this.unitId, this.recipientUnitId, this.dueAt, daysBefore, asOf), asOf));
		return days.isPresent();
	}

	/**
	 * Records the next version of the report; a late one is accepted and marked with how late it is.
	 * Only while the reporter owes it: open, overdue or returned.
	 */
	public Submission submit(String narrative, Map<String, Double> indicators, List<String> attachments,
			Instant now) {
		if (!this.status.awaitsReporter()) {
			throw new IllegalTransitionException("Không thể nộp báo cáo đang ở trạng thái " + this.status,
					"A report cannot be submitted while it is " + this.status);
		}
		List<Submission.IndicatorValue> values = indicators.entrySet()
			.stream()
			.map((entry) -> new Submission.IndicatorValue(entry.getKey(), entry.getValue()))
			.toList();
		Submission submission = new Submission(this.submissions.size() + 1, narrative, values, attachments, now,
				this.dueAt);
		this.submissions.add(submission);
		this.status = ObligationStatus.SUBMITTED;
		record(new ReportSubmitted(this.id, this.planId, this.requirementId, this.requirementTitle, this.unitId,
				this.recipientUnitId, submission.version(), this.dueAt, now, submission.lateBy(),
				submission.indicatorMap()), now);
		return submission;
	}

	/** The recipient's decision on the latest submission; a return needs a reason. Only while submitted. */
	public void review(ReviewDecision decision, String reason, Instant now) {
		if (this.status != ObligationStatus.SUBMITTED) {
			throw new IllegalTransitionException(
					"Chỉ duyệt được báo cáo đã nộp; báo cáo đang ở trạng thái " + this.status,
					"Only a submitted report can be reviewed; this one is " + this.status);
		}
		if (decision == ReviewDecision.RETURN && (reason == null || reason.isBlank())) {
			throw new IllegalArgumentException("A returned report needs a reason");
		}
		int submissionVersion = this.submissions.size();
		this.reviews.add(new Review(submissionVersion, decision, reason, this.recipientUnitId, now));
		if (decision == ReviewDecision.ACCEPT) {
			this.status = ObligationStatus.ACCEPTED;
			record(new ReportAccepted(this.id, this.planId, this.requirementId, this.requirementTitle, this.unitId,
					this.recipientUnitId, submissionVersion, now), now);
		}
		else {
			this.status = ObligationStatus.RETURNED;
			record(new ReportReturned(this.id, this.planId, this.requirementId, this.requirementTitle, this.unitId,
					this.recipientUnitId, submissionVersion, reason, now), now);
		}
	}

	private void takeOver(PlanSnapshot plan, ReportingRequirement requirement) {
		this.planVersion = plan.version();
		this.planNumber = plan.number();
		this.planTitle = plan.title();
		this.requirementTitle = requirement.title();
		this.period = requirement.period();
		this.upstreamRequirementId = requirement.upstreamRequirementId();
		this.recipientUnitId = requirement.recipientUnitId();
		this.dueDate = requirement.dueDate();
		this.dueRule = requirement.dueRule();
		Instant newDueAt = Deadlines.dueAt(requirement.dueDate(), requirement.dueRule());
		if (!newDueAt.equals(this.dueAt)) {
			// reminders count per deadline: a moved deadline gets its own 7, 3 and 1 days
			this.dueAt = newDueAt;
			this.reminders = Reminders.before(newDueAt);
		}
	}

	public String id() {
		return this.id;
	}

	public String planId() {
		return this.planId;
	}

	public int planVersion() {
		return this.planVersion;
	}

	public String planNumber() {
		return this.planNumber;
	}

	public String planTitle() {
		return this.planTitle;
	}

	public String requirementId() {
		return this.requirementId;
	}

	public String requirementTitle() {
		return this.requirementTitle;
	}

	/** The reporting period as the plan names it, e.g. {@code 6 tháng}, {@code Quý I}. */
	public String period() {
		return this.period;
	}

	/**
	 * The requirement of the same plan whose reports this one consolidates (units → CDC, then CDC → Sở), or
	 * {@code null}; obligations stored before it was kept show {@code null} until the plan changes again.
	 */
	public String upstreamRequirementId() {
		return this.upstreamRequirementId;
	}

	public String unitId() {
		return this.unitId;
	}

	public String recipientUnitId() {
		return this.recipientUnitId;
	}

	public LocalDate dueDate() {
		return this.dueDate;
	}

	public DueRule dueRule() {
		return this.dueRule;
	}

	public Instant dueAt() {
		return this.dueAt;
	}

	public ObligationStatus status() {
		return this.status;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant overdueSince() {
		return this.overdueSince;
	}

	public Reminders reminders() {
		return this.reminders;
	}

	public Cancellation cancellation() {
		return this.cancellation;
	}

	public List<Submission> submissions() {
		return Collections.unmodifiableList(this.submissions);
	}

	public List<Review> reviews() {
		return Collections.unmodifiableList(this.reviews);
	}

}
