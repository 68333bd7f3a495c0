package vn.health.reporting.obligation;

import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import vn.health.servicekit.web.ConflictException;
import vn.health.servicekit.web.NotFoundException;

/** Answers who owes what: one obligation, or a filtered page of them. */
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

	public Page<Obligation> find(String planId, String unitId, ObligationStatus status, Pageable pageable) {
		Criteria criteria = new Criteria();
		if (planId != null) {
			criteria.and("planId").is(planId);
		}
		if (unitId != null) {
			criteria.and("unitId").is(unitId);
		}
		if (status != null) {
			criteria.and("status").is(status);
		}
		Query query = new Query(criteria).with(pageable);
		return PageableExecutionUtils.getPage(this.mongo.find(query, Obligation.class), pageable,
				() -> this.mongo.count(Query.of(query).limit(-1).skip(-1), Obligation.class));
	}

}
