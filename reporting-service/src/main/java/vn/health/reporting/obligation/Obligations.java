package vn.health.reporting.obligation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import vn.health.servicekit.web.ConflictException;
import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.NotFoundException;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Answers who owes what: one obligation, a filtered page of them, or those of one report of a plan. */
@Service
public class Obligations {

	private final MongoTemplate mongo;

	Obligations(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	public Obligation get(String id) {
		Obligation obligation = this.mongo.findById(id, Obligation.class);
		if (obligation == null) {
			throw new NotFoundException("Không có nghĩa vụ báo cáo mã " + id, "No obligation with id " + id);
		}
		return obligation;
	}

	/**
	 * Loads an obligation, lets {@code change} act on it and saves it with its new events. A move its
	 * status forbids is a conflict (409) and nothing is stored; so is a concurrent change (optimistic lock).
	 */
	public Obligation change(String id, Consumer<Obligation> change) {
		Obligation obligation = get(id);
		try {
			change.accept(obligation);
		}
		catch (IllegalTransitionException ex) {
			throw new ConflictException(ex.messageVi(), ex.getMessage());
		}
		return this.mongo.save(obligation);
	}

	/**
	 * The obligations of one report of a plan, as the rate and consolidation reports ask for it:
	 * {@code plan} is required, and a requirement or a period (or both); 404 when there are none.
	 */
	public List<Obligation> ofReport(String planId, String requirementId, String period) {
		return requireAny(planId, this.mongo.find(new Query(report(planId, requirementId, period)), Obligation.class));
	}

	/**
	 * The units one report of a plan is sent to, each once, from one distinct query rather than the obligations
	 * themselves (a report of a plan issued to every commune has thousands); asked as {@link #ofReport}.
	 */
	public List<String> recipientsOfReport(String planId, String requirementId, String period) {
		return requireAny(planId, this.mongo.findDistinct(new Query(report(planId, requirementId, period)),
				"recipientUnitId", Obligation.class, String.class));
	}

	private static Criteria report(String planId, String requirementId, String period) {
		new InputErrors().requireText(planId, "plan", "Mã kế hoạch là bắt buộc", "plan is required")
			.check(present(requirementId) || present(period), "requirement",
					"Cần mã yêu cầu báo cáo (requirement) hoặc kỳ báo cáo (period)",
					"requirement or period is required")
			.throwIfAny();
		Criteria criteria = where("planId").is(planId);
		if (present(requirementId)) {
			criteria.and("requirementId").is(requirementId);
		}
		if (present(period)) {
			criteria.and("period").is(period);
		}
		return criteria;
	}

	private static <T> List<T> requireAny(String planId, List<T> found) {
		if (found.isEmpty()) {
			throw new NotFoundException("Kế hoạch " + planId + " không có báo cáo nào như vậy",
					"Plan " + planId + " requires no such report");
		}
		return found;
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	/** @param readableUnits when present, only obligations reported by or to these units */
	public Page<Obligation> find(String planId, String unitId, ObligationStatus status,
			Optional<Set<String>> readableUnits, Pageable pageable) {
		Criteria criteria = new Criteria();
		if (planId != null) {
			criteria.and("planId").is(planId);
		}
		if (unitId != null) {
			criteria.and("unitId").is(unitId);
		}
		readableUnits.ifPresent((units) -> criteria.orOperator(where("unitId").in(units),
				where("recipientUnitId").in(units)));
		if (status != null) {
			criteria.and("status").is(status);
		}
		Query query = new Query(criteria).with(pageable);
		return PageableExecutionUtils.getPage(this.mongo.find(query, Obligation.class), pageable,
				() -> this.mongo.count(Query.of(query).limit(-1).skip(-1), Obligation.class));
	}

}
