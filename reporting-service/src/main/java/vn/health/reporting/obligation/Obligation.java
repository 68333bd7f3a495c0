package vn.health.reporting.obligation;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.contracts.plan.DueRule;
import vn.health.contracts.plan.PlanIssued;
import vn.health.contracts.plan.ReportingRequirement;
import vn.health.contracts.reporting.ReportOverdue;
import vn.health.servicekit.outbox.AggregateRoot;

/**
 * Nghĩa vụ báo cáo — one report one unit owes for one requirement of a plan. The id is derived from
 * plan, requirement and unit, so the same {@code PlanIssued} delivered twice creates nothing new.
 */
@Document("obligations")
@CompoundIndex(name = "status_dueAt", def = "{'status': 1, 'dueAt': 1}")
public class Obligation extends AggregateRoot {

	@Id
	private String id;

	@Indexed
	private String planId;

	private String planNumber;

	private String planTitle;

	private String requirementId;

	private String requirementTitle;

	@Indexed
	private String unitId;

	private String recipientUnitId;

	private LocalDate dueDate;

	private DueRule dueRule;

	private Instant dueAt;

	private ObligationStatus status;

	private Instant createdAt;

	private Instant overdueSince;

	@Version
	private Long version;

	protected Obligation() {
	}

	public static String idOf(String planId, String requirementId, String unitId) {
		return planId + "." + requirementId + "." + unitId;
	}

	static Obligation open(PlanIssued plan, ReportingRequirement requirement, String unitId, Instant now) {
		Obligation obligation = new Obligation();
		obligation.id = idOf(plan.planId(), requirement.requirementId(), unitId);
		obligation.planId = plan.planId();
		obligation.planNumber = plan.number();
		obligation.planTitle = plan.title();
		obligation.requirementId = requirement.requirementId();
		obligation.requirementTitle = requirement.title();
		obligation.unitId = unitId;
		obligation.recipientUnitId = requirement.recipientUnitId();
		obligation.dueDate = requirement.dueDate();
		obligation.dueRule = requirement.dueRule();
		obligation.dueAt = Deadlines.dueAt(requirement.dueDate(), requirement.dueRule());
		obligation.status = ObligationStatus.OPEN;
		obligation.createdAt = now;
		return obligation;
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

	public String id() {
		return this.id;
	}

	public String planId() {
		return this.planId;
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

}
