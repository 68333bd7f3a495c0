package vn.health.reporting.obligation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.health.contracts.plan.PlanRevoked;
import vn.health.contracts.plan.ReportingRequirement;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Brings obligations in line with issued, amended and revoked plans. Idempotent: ids are derived from
 * plan, requirement and unit, each obligation keeps the plan version it reflects, and a snapshot older
 * than the plan's applied version is ignored. Events of one plan arrive in order (key = plan id).
 */
@Service
public class PlanChanges {

	/**
	 * New obligations per bulk insert: 40,000 of them with their converted documents held at once took about 170 MB
	 * of heap, most of a service's 384 MB; a thousand take a few.
	 */
	private static final int INSERT_BATCH = 1_000;

	private final MongoTemplate mongo;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PlanChanges(MongoTemplate mongo, Clock clock, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Adds obligations for new requirement × unit pairs, reschedules or reinstates those still required and
	 * cancels those the plan no longer requires; returns the result. A redelivered snapshot re-applies to
	 * whatever a crash left behind and changes nothing else.
	 */
	public Outcome apply(PlanSnapshot plan) {
		AppliedPlan applied = this.mongo.findById(plan.planId(), AppliedPlan.class);
		if (applied != null && (applied.revoked() || plan.version() < applied.version())) {
			return new Outcome(0, 0, 0);
		}
		Instant now = this.clock.instant();
		Map<String, Obligation> existing = new HashMap<>();
		ofPlan(plan.planId()).forEach((obligation) -> existing.put(obligation.id(), obligation));
		List<Obligation> created = new ArrayList<>();
		int inserted = 0;
		int changed = 0;
		for (ReportingRequirement requirement : plan.requirements()) {
			for (String unitId : requirement.reporterUnitIds()) {
				String id = Obligation.idOf(plan.planId(), requirement.requirementId(), unitId);
				Obligation obligation = existing.remove(id);
				if (obligation == null) {
					created.add(Obligation.open(plan, requirement, unitId, now));
					if (created.size() == INSERT_BATCH) {
						inserted += insert(created);
						created.clear();
					}
				}
				else if (obligation.follow(plan, requirement, now)) {
					this.mongo.save(obligation);
					changed++;
				}
			}
		}
		String reason = "Kế hoạch sửa đổi (phiên bản " + plan.version() + ") không còn yêu cầu báo cáo này"
				+ ((plan.reason() != null) ? ": " + plan.reason() : "");
		int cancelled = cancel(existing.values(), plan.version(), CancellationReason.REQUIREMENT_REMOVED, reason, now);
		inserted += insert(created);
		this.mongo.save(new AppliedPlan(plan.planId(), plan.version(), false));
		return new Outcome(inserted, changed, cancelled);
	}

	/** Cancels every obligation of the plan its reporters still owe; submitted and accepted work stays. */
	public Outcome revoke(PlanRevoked revoked) {
		String reason = "Kế hoạch bị thu hồi" + ((revoked.reason() != null) ? ": " + revoked.reason() : "");
		int cancelled = cancel(ofPlan(revoked.planId()), revoked.version(), CancellationReason.PLAN_REVOKED, reason,
				this.clock.instant());
		this.mongo.save(new AppliedPlan(revoked.planId(), revoked.version(), true));
		return new Outcome(0, 0, cancelled);
	}

	private List<Obligation> ofPlan(String planId) {
		return this.mongo.find(new Query(where("planId").is(planId)), Obligation.class);
	}

	private int cancel(Collection<Obligation> obligations, int planVersion, CancellationReason code, String reason,
			Instant now) {
		int cancelled = 0;
		for (Obligation obligation : obligations) {
			if (obligation.cancel(planVersion, code, reason, now)) {
				this.mongo.save(obligation);
				cancelled++;
			}
		}
		return cancelled;
	}

	/**
	 * One bulk insert of a batch (should another writer have inserted some meanwhile, one by one, keeping theirs),
	 * then one {@link ObligationsOpened} for what it inserted: the template's insert would publish a save event per
	 * document, and the rate projection would answer each with its own round trips.
	 */
	private int insert(List<Obligation> obligations) {
		if (obligations.isEmpty()) {
			return 0;
		}
		List<Obligation> inserted;
		try {
			write(obligations);
			inserted = obligations;
		}
		catch (DataIntegrityViolationException createdMeanwhile) {
			inserted = obligations.stream().filter(this::insertUnlessPresent).toList();
		}
		this.events.publishEvent(new ObligationsOpened(inserted));
		return inserted.size();
	}

	private boolean insertUnlessPresent(Obligation obligation) {
		try {
			write(List.of(obligation));
			return true;
		}
		catch (DuplicateKeyException alreadyThere) {
			return false;
		}
	}

	/** Straight to the collection, so without a save event per document; the template translates a duplicate key. */
	private void write(List<Obligation> obligations) {
		List<Document> documents = obligations.stream().map((obligation) -> {
			Document document = new Document();
			this.mongo.getConverter().write(obligation, document);
			return document;
		}).toList();
		this.mongo.execute(Obligation.class, (collection) -> collection.insertMany(documents));
	}

	/** What a plan event did to its obligations. */
	public record Outcome(int created, int changed, int cancelled) {

	}

}
