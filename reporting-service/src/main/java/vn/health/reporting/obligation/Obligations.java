package vn.health.reporting.obligation;

import java.time.Clock;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

import vn.health.contracts.plan.PlanIssued;
import vn.health.contracts.plan.ReportingRequirement;
import vn.health.servicekit.web.NotFoundException;

/** Creates obligations from issued plans and answers who owes what. */
@Service
public class Obligations {

	private final MongoTemplate mongo;

	private final Clock clock;

	Obligations(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** One obligation per requirement and reporter unit; those that exist already are left as they are. */
	public int createFor(PlanIssued plan) {
		Instant now = this.clock.instant();
		int created = 0;
		for (ReportingRequirement requirement : plan.requirements()) {
			for (String unitId : requirement.reporterUnitIds()) {
				try {
					this.mongo.insert(Obligation.open(plan, requirement, unitId, now));
					created++;
				}
				catch (DuplicateKeyException alreadyThere) {
					// a redelivered PlanIssued: the obligation and whatever happened to it since stay
				}
			}
		}
		return created;
	}

	public Obligation get(String id) {
		Obligation obligation = this.mongo.findById(id, Obligation.class);
		if (obligation == null) {
			throw new NotFoundException("Không có nghĩa vụ báo cáo mã " + id, "No obligation with id " + id);
		}
		return obligation;
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
