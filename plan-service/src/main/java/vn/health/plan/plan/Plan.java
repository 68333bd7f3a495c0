package vn.health.plan.plan;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.contracts.plan.PlanIssued;
import vn.health.contracts.plan.ReportingRequirement;
import vn.health.servicekit.outbox.AggregateRoot;

/** Kế hoạch — a plan of the province: drafted, then issued (ban hành) to the units it names. */
@Document("plans")
public class Plan extends AggregateRoot {

	@Id
	private String id;

	private String number;

	private String title;

	private int year;

	private PlanStatus status;

	private List<ReportingRequirement> requirements;

	private Instant createdAt;

	private Instant issuedAt;

	@Version
	private Long version;

	protected Plan() {
	}

	static Plan draft(String id, String number, String title, int year, List<ReportingRequirement> requirements,
			Instant now) {
		Plan plan = new Plan();
		plan.id = id;
		plan.number = number;
		plan.title = title;
		plan.year = year;
		plan.requirements = List.copyOf(requirements);
		plan.status = PlanStatus.DRAFT;
		plan.createdAt = now;
		return plan;
	}

	/** Issues the draft and announces the full snapshot; a plan is issued once. */
	void issue(Instant now) {
		if (this.status != PlanStatus.DRAFT) {
			throw new IllegalStateException("Plan " + this.id + " is " + this.status + ", not a draft");
		}
		this.status = PlanStatus.ISSUED;
		this.issuedAt = now;
		record(new PlanIssued(this.id, this.number, this.title, this.year, now, this.requirements), now);
	}

	public String id() {
		return this.id;
	}

	public String number() {
		return this.number;
	}

	public String title() {
		return this.title;
	}

	public int year() {
		return this.year;
	}

	public PlanStatus status() {
		return this.status;
	}

	public List<ReportingRequirement> requirements() {
		return this.requirements;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public Instant issuedAt() {
		return this.issuedAt;
	}

}
