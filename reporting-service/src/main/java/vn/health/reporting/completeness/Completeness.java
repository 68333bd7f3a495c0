package vn.health.reporting.completeness;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.health.reporting.obligation.Obligation;
import vn.health.servicekit.web.InputErrors;
import vn.health.servicekit.web.NotFoundException;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Tỷ lệ báo cáo — computed on each call from the obligations of one plan (index
 * {@code (planId, requirementId)}), so it costs the reports of that plan, not the whole store.
 */
@Service
class Completeness {

	private final MongoTemplate mongo;

	Completeness(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** {@code plan} is required, and a requirement or a period (or both) to say which reports. */
	CompletenessReport of(String planId, String requirementId, String period) {
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
		List<Obligation> obligations = this.mongo.find(new Query(criteria), Obligation.class);
		if (obligations.isEmpty()) {
			throw new NotFoundException("Kế hoạch " + planId + " không có báo cáo nào như vậy",
					"Plan " + planId + " requires no such report");
		}
		return CompletenessReport.of(planId, requirementId, period, obligations);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
