package vn.health.reporting.obligation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Sáp nhập đơn vị — what a merge does to obligations. A report a merged unit still owes (open, overdue or
 * returned) moves to the successor with its id and history, unless the successor already owes or did the same
 * report (same plan and requirement, not cancelled): then the successor's stands and the merged unit's is
 * cancelled with a reason naming it, so nobody reports twice. Submitted and accepted work stays with the unit
 * that did it. Idempotent: what moved or was cancelled is no longer owed by the merged unit.
 */
@Service
public class UnitMerges {

	public static final String REASON = "UNITS_MERGED";

	private static final List<ObligationStatus> OWED = List.of(ObligationStatus.OPEN, ObligationStatus.OVERDUE,
			ObligationStatus.RETURNED);

	private final MongoTemplate mongo;

	private final Clock clock;

	UnitMerges(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Applies the merge of {@code mergedUnitIds} into {@code successorUnitId}, in the order given. */
	public Outcome apply(String successorUnitId, List<String> mergedUnitIds) {
		Instant now = this.clock.instant();
		int reassigned = 0;
		int cancelled = 0;
		for (String mergedUnitId : mergedUnitIds) {
			if (mergedUnitId.equals(successorUnitId)) {
				continue;
			}
			List<Obligation> owed = this.mongo
				.find(new Query(where("unitId").is(mergedUnitId).and("status").in(OWED)), Obligation.class);
			for (Obligation obligation : owed) {
				Obligation successors = successorsOwn(obligation, successorUnitId);
				if (successors == null) {
					reassigned += obligation.reassign(successorUnitId, REASON, now) ? 1 : 0;
				}
				else {
					cancelled += obligation.cancel(obligation.planVersion(), CancellationReason.UNITS_MERGED,
							"Đơn vị " + mergedUnitId + " đã sáp nhập vào " + successorUnitId + "; " + successorUnitId
									+ " báo cáo theo nghĩa vụ " + successors.id() + " (" + successors.status() + ")",
							now) ? 1 : 0;
				}
				this.mongo.save(obligation);
			}
		}
		return new Outcome(successorUnitId, reassigned, cancelled);
	}

	private Obligation successorsOwn(Obligation obligation, String successorUnitId) {
		return this.mongo.findOne(new Query(where("planId").is(obligation.planId())
			.and("requirementId")
			.is(obligation.requirementId())
			.and("unitId")
			.is(successorUnitId)
			.and("status")
			.ne(ObligationStatus.CANCELLED)), Obligation.class);
	}

	/** What a merge did. */
	public record Outcome(String successorUnitId, int reassigned, int cancelled) {

	}

}
