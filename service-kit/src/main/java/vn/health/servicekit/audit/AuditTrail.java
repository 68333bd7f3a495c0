package vn.health.servicekit.audit;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;

import vn.health.servicekit.security.Caller;
import vn.health.servicekit.web.PageView;
import vn.health.servicekit.web.Paging;

/**
 * Nhật ký thao tác — records each change after it is stored, so a refused request leaves no line. A crash between
 * the change and its line loses the line, never the change. Each service reads its trail through its own endpoint
 * with its own access rule (the province's administrators).
 */
public class AuditTrail {

	private final MongoTemplate mongo;

	private final Clock clock;

	public AuditTrail(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** {@code unitId} is the unit the change concerns, {@code null} for a province-wide change. */
	public void record(Caller caller, Enum<?> action, String unitId, String target, String detail) {
		this.mongo.insert(new AuditEntry(UUID.randomUUID().toString(), this.clock.instant(), caller.subject(),
				caller.unitId(), action.name(), unitId, target, detail));
	}

	/** Newest first; {@code unitId} and {@code action} narrow it when given. */
	public PageView<AuditEntry> page(String unitId, Enum<?> action, int page, int size) {
		Pageable request = Paging.of(page, size, Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id")));
		Criteria criteria = new Criteria();
		if (unitId != null && !unitId.isBlank()) {
			criteria = criteria.and("unitId").is(unitId.strip());
		}
		if (action != null) {
			criteria = criteria.and("action").is(action.name());
		}
		Query query = new Query(criteria);
		var found = this.mongo.find(Query.of(query).with(request), AuditEntry.class);
		return PageView.of(
				PageableExecutionUtils.getPage(found, request, () -> this.mongo.count(query, AuditEntry.class)),
				(entry) -> entry);
	}

}
