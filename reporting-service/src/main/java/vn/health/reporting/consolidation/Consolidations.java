package vn.health.reporting.consolidation;

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
 * Tổng hợp báo cáo — computed on each call from one requirement's obligations (index
 * {@code (planId, requirementId)}) and, for a chained requirement, those of the one it builds on.
 */
@Service
class Consolidations {

	private final MongoTemplate mongo;

	Consolidations(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * {@code plan} is required, and a requirement or a period (or both) that names exactly one requirement:
	 * summing two requirements of a chain would count the same figures twice.
	 */
	Consolidation of(String planId, String requirementId, String period) {
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
		List<String> requirementIds = obligations.stream().map(Obligation::requirementId).distinct().sorted().toList();
		new InputErrors().check(requirementIds.size() == 1, "requirement",
				"Kỳ " + period + " có nhiều yêu cầu báo cáo " + requirementIds + ", hãy chọn một",
				"Period " + period + " has several requirements " + requirementIds + ", choose one")
			.throwIfAny();
		return Consolidation.of(obligations, upstream(planId, obligations));
	}

	private Consolidation upstream(String planId, List<Obligation> obligations) {
		String upstreamId = obligations.stream()
			.map(Obligation::upstreamRequirementId)
			.filter(Consolidations::present)
			.findFirst()
			.orElse(null);
		if (upstreamId == null) {
			return null;
		}
		List<Obligation> upstream = this.mongo
			.find(new Query(where("planId").is(planId).and("requirementId").is(upstreamId)), Obligation.class);
		return upstream.isEmpty() ? null : Consolidation.of(upstream);
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

}
