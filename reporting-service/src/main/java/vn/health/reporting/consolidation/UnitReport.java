package vn.health.reporting.consolidation;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import vn.health.reporting.obligation.Obligation;
import vn.health.reporting.obligation.ObligationStatus;
import vn.health.reporting.obligation.Submission;

/**
 * Báo cáo của đơn vị — a unit's latest submitted version as the consolidation lists it, whatever its
 * review status; only accepted ones count in the totals.
 *
 * @param lateBy how late this version came, {@code PT0S} when on time
 */
record UnitReport(String unitId, ObligationStatus status, int version, Instant submittedAt, Duration lateBy,
		String narrative, Map<String, Double> indicators) {

	static UnitReport of(Obligation obligation) {
		Submission latest = obligation.submissions().getLast();
		return new UnitReport(obligation.unitId(), obligation.status(), latest.version(), latest.submittedAt(),
				latest.lateBy(), latest.narrative(), latest.indicatorMap());
	}

	boolean accepted() {
		return this.status == ObligationStatus.ACCEPTED;
	}

}
