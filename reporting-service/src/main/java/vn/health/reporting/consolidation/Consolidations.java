package vn.health.reporting.consolidation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import vn.health.reporting.obligation.Obligation;
import vn.health.reporting.obligation.Obligations;
import vn.health.servicekit.web.InputErrors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Tổng hợp báo cáo — computed on each call from one requirement's obligations (index
 * {@code (planId, requirementId)}) and, for a chained requirement, those of the one it builds on.
 */
@Service
class Consolidations {

	private final Obligations obligations;

	private final MongoTemplate mongo;

	Consolidations(Obligations obligations, MongoTemplate mongo) {
		this.obligations = obligations;
		this.mongo = mongo;
	}

	/**
	 * {@code plan} is required, and a requirement or a period (or both) that names exactly one requirement:
	 * summing two requirements of a chain would count the same figures twice.
	 */
	Consolidation of(String planId, String requirementId, String period) {
		List<Obligation> obligations = this.obligations.ofReport(planId, requirementId, period);
		List<String> requirementIds = obligations.stream().map(Obligation::requirementId).distinct().sorted().toList();
		new InputErrors().check(requirementIds.size() == 1, "requirement",
				"Kỳ " + period + " có nhiều yêu cầu báo cáo " + requirementIds + ", hãy chọn một",
				"Period " + period + " has several requirements " + requirementIds + ", choose one")
			.throwIfAny();
		return Consolidation.of(obligations, upstream(planId, obligations));
	}

	/**
	 * The consolidation of the reports {@code obligation} builds on (units → CDC for the CDC's report to the Sở), or
	 * empty when its requirement is not chained or nobody reports on the one below.
	 */
	Optional<Consolidation> below(Obligation obligation) {
		return Optional.ofNullable(upstream(obligation.planId(), List.of(obligation)));
	}

	private Consolidation upstream(String planId, List<Obligation> obligations) {
		String upstreamId = obligations.stream()
			.map(Obligation::upstreamRequirementId)
			.filter((id) -> id != null && !id.isBlank())
			.findFirst()
			.orElse(null);
		if (upstreamId == null) {
			return null;
		}
		List<Obligation> upstream = this.mongo
			.find(new Query(where("planId").is(planId).and("requirementId").is(upstreamId)), Obligation.class);
		return upstream.isEmpty() ? null : Consolidation.of(upstream);
	}

}
