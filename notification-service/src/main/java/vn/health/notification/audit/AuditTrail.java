package vn.health.notification.audit;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;

import vn.health.servicekit.security.Caller;
import vn.health.servicekit.web.PageView;
import vn.health.servicekit.web.Paging;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Nhật ký thay đổi — records who changed a unit's preferences, a person's subscription or a webhook, after the
 * change was saved (a crash in between loses the line, never the change).
 */
@Component
public class AuditTrail {

	private final MongoTemplate mongo;

	private final Clock clock;

	AuditTrail(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public void record(Caller caller, AuditAction action, String unitId, String target, String detail) {
		this.mongo.insert(new AuditEntry(UUID.randomUUID().toString(), this.clock.instant(), caller.subject(),
				caller.unitId(), action, unitId, target, detail));
	}

	/** Newest first, of one unit or of all. */
	PageView<AuditEntry> page(String unitId, int page, int size) {
		var request = Paging.of(page, size, Sort.by(Sort.Order.desc("at"), Sort.Order.desc("_id")));
		Query query = (unitId != null && !unitId.isBlank()) ? new Query(where("unitId").is(unitId.strip()))
				: new Query();
		var found = this.mongo.find(Query.of(query).with(request), AuditEntry.class);
		return PageView.of(PageableExecutionUtils.getPage(found, request, () -> this.mongo.count(query, AuditEntry.class)),
				(entry) -> entry);
	}

}
