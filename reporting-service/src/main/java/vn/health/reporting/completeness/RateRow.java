package vn.health.reporting.completeness;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.reporting.obligation.Obligation;
import vn.health.reporting.obligation.ObligationStatus;

/**
 * Dòng tỷ lệ báo cáo — the read model behind the reporting rates: one slim row per obligation with what the rates
 * count, kept up to date whenever the obligation is saved ({@link RateProjection}), so a rate query reads these rows
 * and never the obligations with their submissions.
 *
 * @param unitType the reporter's type from the directory replica when the row was written, {@code null} if unknown
 * @param submitted whether any version was sent (returned ones included)
 * @param onTime whether the first version came by the deadline
 * @param version the obligation's document version, so an older state never overwrites a newer one
 */
@Document("report_rates")
@CompoundIndex(name = "plan_requirement", def = "{'planId': 1, 'requirementId': 1}")
record RateRow(@Id String obligationId, String planId, String requirementId, String period, String unitId,
		String unitType, ObligationStatus status, boolean submitted, boolean onTime, long version) {

	static RateRow of(Obligation obligation, String unitType, long version) {
		boolean submitted = !obligation.submissions().isEmpty();
		return new RateRow(obligation.id(), obligation.planId(), obligation.requirementId(), obligation.period(),
				obligation.unitId(), unitType, obligation.status(), submitted,
				submitted && !obligation.submissions().getFirst().late(), version);
	}

	boolean expected() {
		return this.status != ObligationStatus.CANCELLED;
	}

}
