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
import vn.health.contracts.plan.Indicator;
import vn.health.contracts.plan.ReportingRequirement;
import vn.health.servicekit.outbox.AggregateRoot;

/**
 * Nghĩa vụ báo cáo — one report one unit owes for one requirement of a plan. The id is derived from
 * plan, requirement and unit, so the same plan event delivered twice creates nothing new. It owns its
 * status: plan changes, unit merges, submissions, reviews and the sweeps all go through its methods, which
 * throw {@link IllegalTransitionException} on a move the status forbids, and each transition records its own
 * {@code reporting.v1} event. Over 200 lines (half of them accessors) so that the whole state machine reads in one
 * place; what is not a transition lives in collaborators: the payloads in {@link ObligationEvents}, the alert
 * schedules in {@link Reminders}, {@link OverdueAlert} and {@link Escalation}, the deadline rule in
 * {@link Deadlines}, the data period in {@link DataPeriod}.
 */
@Document("obligations")
@CompoundIndex(name = "status_dueAt", def = "{'status': 1, 'dueAt': 1}")
@CompoundIndex(name = "status_nextReminder", def = "{'status': 1, 'reminders.nextAt': 1}")
@CompoundIndex(name = "status_overdueAlert", def = "{'status': 1, 'overdueAlert.nextAt': 1}")
@CompoundIndex(name = "status_nextEscalation", def = "{'status': 1, 'escalation.nextAt': 1}")
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

	private DataPeriod dataPeriod;

	private String upstreamRequirementId;

	private List<Indicator> indicators = new ArrayList<>();

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

	private OverdueAlert overdueAlert;

	private Escalation escalation;

	private List<Reassignment> reassignments = new ArrayList<>();

	private List<Submission> submissions = new ArrayList<>();

	private List<Review> reviews = new ArrayList<>();

	@Version
	private Long version;

	protected Obligation() {
	}

	public static String idOf(String planId, String requirementId, String unitId) {
		return planId + "." + requirementId + "." + unitId;
	}

	/**
	 * A new obligation, announced once ({@code ObligationCreated}); a redelivered plan finds it by its id. It is at
	 * its first stored version, as the template's insert would set it: {@link PlanChanges} inserts obligations in
	 * bulk, straight to the collection.
	 */
	public static Obligation open(PlanSnapshot plan, ReportingRequirement requirement, String unitId, Instant now) {
		Obligation obligation = new Obligation();
		obligation.version = 0L;
		obligation.id = idOf(plan.planId(), requirement.requirementId(), unitId);
		obligation.planId = plan.planId();
		obligation.requirementId = requirement.requirementId();
		obligation.unitId = unitId;
		obligation.status = ObligationStatus.OPEN;
		obligation.createdAt = now;
		obligation.takeOver(plan, requirement, now);
		obligation.record(ObligationEvents.created(obligation, now), now);
		return obligation;
	}

	/**
	 * Brings the obligation to a newer plan version that still requires it: one a plan change cancelled is
	 * owed again (announced as created anew, so calendars show the deadline again), and one still awaiting its
	 * reporter gets the new deadline (announced as rescheduled; back to open if it moved past {@code now}).
	 * Submitted and accepted work keeps its deadline. Returns whether anything changed; a version the
	 * obligation already reflects changes nothing.
	 */
	public boolean follow(PlanSnapshot plan, ReportingRequirement requirement, Instant now) {
		if (plan.version() <= this.planVersion) {
			return false;
		}
		boolean reinstated = this.status == ObligationStatus.CANCELLED && this.cancellation.reversibleByPlan();
		if (reinstated) {
			this.status = this.cancellation.statusBefore();
			this.cancellation = null;
		}
		if (this.status.awaitsReporter()) {
			takeOver(plan, requirement, reinstated ? null : now);
			if (this.status == ObligationStatus.OVERDUE && this.dueAt.isAfter(now)) {
				this.status = ObligationStatus.OPEN;
				this.overdueSince = null;
				this.overdueAlert = null;
			}
		}
		if (reinstated) {
			record(ObligationEvents.created(this, now), now);
		}
		this.planVersion = plan.version();
		return true;
	}

	/**
	 * Cancels the obligation if its reporter still owes it and announces it once; returns whether it did. A plan
	 * version older than the one the obligation reflects changes nothing.
	 */
	public boolean cancel(int planVersion, CancellationReason code, String reason, Instant now) {
		if (!this.status.awaitsReporter() || planVersion < this.planVersion) {
			return false;
		}
		this.cancellation = new Cancellation(now, planVersion, reason, this.status, code);
		this.status = ObligationStatus.CANCELLED;
		this.planVersion = planVersion;
		record(ObligationEvents.cancelled(this), now);
		return true;
	}

	/**
	 * Moves a report still owed to another unit (the successor of a merge), keeping its id and history, and
	 * announces it once; returns whether it moved. Submitted and accepted work stays with the unit that did it.
	 */
	public boolean reassign(String toUnitId, String reason, Instant now) {
		if (!this.status.awaitsReporter() || toUnitId.equals(this.unitId)) {
			return false;
		}
		Reassignment reassignment = new Reassignment(this.unitId, toUnitId, reason, now);
		this.reassignments.add(reassignment);
		this.unitId = toUnitId;
		record(ObligationEvents.reassigned(this, reassignment), now);
		return true;
	}

	/**
	 * Marks the report overdue as of {@code asOf}, so rates and screens show it late at once, and sets its one
	 * overdue alert for {@code alertAt} (the next working morning, counted by the caller with the holiday calendar).
	 * Only an open report past its deadline; nothing is announced yet.
	 */
	public void markOverdue(Instant asOf, Instant alertAt) {
		if (this.status != ObligationStatus.OPEN || !asOf.isAfter(this.dueAt)) {
			throw new IllegalStateException("Obligation " + this.id + " is " + this.status + ", due " + this.dueAt
					+ ": not overdue at " + asOf);
		}
		this.status = ObligationStatus.OVERDUE;
		this.overdueSince = asOf;
		this.overdueAlert = OverdueAlert.at(alertAt);
	}

	/**
	 * Announces {@code ReportOverdue} once per deadline when {@code asOf} is at or after {@code alertAt} (the first
	 * working morning after the deadline, counted by the caller with the holiday calendar it has now); before that,
	 * only defers the next look to {@code alertAt}. Returns whether it announced. Only a report still overdue whose
	 * alert is due: one submitted before the morning is not alerted.
	 */
	public boolean alertOverdue(Instant asOf, Instant alertAt) {
		if (this.status != ObligationStatus.OVERDUE || this.overdueAlert == null || !this.overdueAlert.due(asOf)) {
			throw new IllegalStateException("Obligation " + this.id + " is " + this.status + ", overdue alert "
					+ this.overdueAlert + ": nothing to alert at " + asOf);
		}
		if (asOf.isBefore(alertAt)) {
			this.overdueAlert = OverdueAlert.at(alertAt);
			return false;
		}
		this.overdueAlert = this.overdueAlert.sent(asOf);
		record(ObligationEvents.overdue(this, asOf), asOf);
		return true;
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
		days.ifPresent((daysBefore) -> record(ObligationEvents.dueSoon(this, daysBefore, asOf), asOf));
		return days.isPresent();
	}

	/**
	 * Tells {@code supervisorUnitId} that the report is still missing, once per deadline, when {@code asOf} is
	 * at or after {@code escalatesAt} (the deadline plus the ladder's working days, counted by the caller with
	 * the holiday calendar); before that, only defers the next look to {@code escalatesAt}. Returns whether it
	 * escalated. Only a report not yet submitted (open or overdue) whose escalation is due.
	 */
	public boolean escalate(Instant asOf, Instant escalatesAt, String supervisorUnitId) {
		boolean unsubmitted = this.status == ObligationStatus.OPEN || this.status == ObligationStatus.OVERDUE;
		if (!unsubmitted || this.escalation == null || !this.escalation.due(asOf)) {
			throw new IllegalStateException("Obligation " + this.id + " is " + this.status + ", escalation "
					+ this.escalation + ": nothing to escalate at " + asOf);
		}
		if (asOf.isBefore(escalatesAt)) {
			this.escalation = this.escalation.deferredTo(escalatesAt);
			return false;
		}
		this.escalation = this.escalation.sent(asOf, supervisorUnitId);
		record(ObligationEvents.escalated(this, this.escalation), asOf);
		return true;
	}

	/**
	 * Records the next version of the report; a late one is accepted and marked with how late it is.
	 * Only while the reporter owes it: open, overdue or returned.
	 */
	public Submission submit(String narrative, Map<String, Double> indicators, List<String> attachments, Actor by,
			Instant now) {
		return submit(narrative, indicators, attachments, by, null, now);
	}

	/** {@link #submit(String, Map, List, Actor, Instant)}, remembering the client's idempotency key with the version. */
	public Submission submit(String narrative, Map<String, Double> indicators, List<String> attachments, Actor by,
			Submission.RequestKey requestKey, Instant now) {
		if (!this.status.awaitsReporter()) {
			throw new IllegalTransitionException("Không thể nộp báo cáo đang ở trạng thái " + this.status,
					"A report cannot be submitted while it is " + this.status);
		}
		List<Submission.IndicatorValue> values = indicators.entrySet()
			.stream()
			.map((entry) -> new Submission.IndicatorValue(entry.getKey(), entry.getValue()))
			.toList();
		Submission submission = new Submission(this.submissions.size() + 1, narrative, values, attachments, now,
				this.dueAt, requestKey, by);
		this.submissions.add(submission);
		this.status = ObligationStatus.SUBMITTED;
		record(ObligationEvents.submitted(this, submission), now);
		return submission;
	}

	/**
	 * The recipient's decision on the latest submission, taken by {@code by}; a return needs a reason. Only while
	 * submitted.
	 */
	public void review(ReviewDecision decision, String reason, Actor by, Instant now) {
		if (this.status != ObligationStatus.SUBMITTED) {
			throw new IllegalTransitionException(
					"Chỉ duyệt được báo cáo đã nộp; báo cáo đang ở trạng thái " + this.status,
					"Only a submitted report can be reviewed; this one is " + this.status);
		}
		if (decision == ReviewDecision.RETURN && (reason == null || reason.isBlank())) {
			throw new IllegalArgumentException("A returned report needs a reason");
		}
		Review review = new Review(this.submissions.size(), decision, reason, this.recipientUnitId, by, now);
		this.reviews.add(review);
		boolean accepted = decision == ReviewDecision.ACCEPT;
		this.status = accepted ? ObligationStatus.ACCEPTED : ObligationStatus.RETURNED;
		record(accepted ? ObligationEvents.accepted(this, review) : ObligationEvents.returned(this, review), now);
	}

	/**
	 * Takes the plan's view of the requirement. A moved deadline gets its own reminders and escalation (they
	 * count per deadline) and, when {@code announceAt} is given, is announced as rescheduled; a changed ladder
	 * on the same deadline keeps what was already sent.
	 */
	private void takeOver(PlanSnapshot plan, ReportingRequirement requirement, Instant announceAt) {
		this.planVersion = plan.version();
		this.planNumber = plan.number();
		this.planTitle = plan.title();
		this.requirementTitle = requirement.title();
		this.period = requirement.period();
		this.dataPeriod = DataPeriod.of(requirement.period(), plan.year()).orElse(null);
		this.upstreamRequirementId = requirement.upstreamRequirementId();
		this.indicators = new ArrayList<>(requirement.indicators());
		this.recipientUnitId = requirement.recipientUnitId();
		this.dueDate = requirement.dueDate();
		this.dueRule = requirement.dueRule();
		Instant previousDueAt = this.dueAt;
		this.dueAt = Deadlines.dueAt(requirement.dueDate(), requirement.dueRule());
		this.reminders = Reminders.following(this.reminders, plan.ladder(), previousDueAt, this.dueAt);
		this.escalation = Escalation.following(this.escalation, plan.ladder(), previousDueAt, this.dueAt);
		if (previousDueAt != null && announceAt != null && !this.dueAt.equals(previousDueAt)) {
			record(ObligationEvents.rescheduled(this, previousDueAt, announceAt), announceAt);
		}
	}

	public String id() {
		return this.id;
	}

	/**
	 * The version of the document this state was read as or saved as (the optimistic lock); read models keep it so
	 * that an older state never overwrites a newer one.
	 */
	public long version() {
		return this.version;
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

	/** The days the report's figures cover (Nghị định 09/2019), {@code null} for a label of no periodic report. */
	public DataPeriod dataPeriod() {
		return this.dataPeriod;
	}

	/**
	 * The requirement of the same plan whose reports this one consolidates (units → CDC, then CDC → Sở), or
	 * {@code null}; obligations stored before it was kept show {@code null} until the plan changes again.
	 */
	public String upstreamRequirementId() {
		return this.upstreamRequirementId;
	}

	/** Mẫu chỉ tiêu — the figures each report gives, by code; empty when the plan asks for narrative only. */
	public List<Indicator> indicators() {
		return (this.indicators != null) ? Collections.unmodifiableList(this.indicators) : List.of();
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

	public OverdueAlert overdueAlert() {
		return this.overdueAlert;
	}

	public Escalation escalation() {
		return this.escalation;
	}

	public List<Reassignment> reassignments() {
		return Collections.unmodifiableList(this.reassignments);
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
