package vn.health.reporting.completeness;

import org.springframework.stereotype.Service;

import vn.health.reporting.obligation.Obligations;

/**
 * Tỷ lệ báo cáo — computed on each call from the obligations of one plan (index
 * {@code (planId, requirementId)}), so it costs the reports of that plan, not the whole store.
 */
@Service
class Completeness {

	private final Obligations obligations;

	Completeness(Obligations obligations) {
		this.obligations = obligations;
	}

	/** {@code plan} is required, and a requirement or a period (or both) to say which reports. */
	CompletenessReport of(String planId, String requirementId, String period) {
		return CompletenessReport.of(planId, requirementId, period,
				this.obligations.ofReport(planId, requirementId, period));
	}

}
