package vn.health.reporting.completeness;

import org.springframework.data.mongodb.core.query.Criteria;

import vn.health.servicekit.web.InputErrors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Which reports the rates are about: a plan (required), narrowed by requirement, period, reporter unit and unit
 * type when given.
 */
record RateQuery(String planId, String requirementId, String period, String unitId, String unitType) {

	RateQuery {
		requirementId = blankToNull(requirementId);
		period = blankToNull(period);
		unitId = blankToNull(unitId);
		unitType = blankToNull(unitType);
	}

	RateQuery check() {
		new InputErrors().requireText(this.planId, "plan", "Mã kế hoạch là bắt buộc", "plan is required").throwIfAny();
		return this;
	}

	/** Served by the {@code (planId, requirementId)} index of the rows. */
	Criteria criteria() {
		Criteria criteria = where("planId").is(this.planId);
		if (this.requirementId != null) {
			criteria.and("requirementId").is(this.requirementId);
		}
		if (this.period != null) {
			criteria.and("period").is(this.period);
		}
		if (this.unitId != null) {
			criteria.and("unitId").is(this.unitId);
		}
		if (this.unitType != null) {
			criteria.and("unitType").is(this.unitType);
		}
		return criteria;
	}

	private static String blankToNull(String value) {
		return (value != null && !value.isBlank()) ? value.strip() : null;
	}

}
