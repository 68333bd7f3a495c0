package vn.health.reporting.obligation;

import java.time.Instant;

/**
 * Hủy nghĩa vụ — why an obligation is no longer owed; the obligation stays visible.
 *
 * @param planVersion the plan version that dropped the requirement or was revoked
 * @param statusBefore the status to go back to should a later version require the report again
 * @param code the reason as a code, {@code null} in documents stored before codes were kept (plan changes)
 */
public record Cancellation(Instant cancelledAt, int planVersion, String reason, ObligationStatus statusBefore,
		CancellationReason code) {

	boolean reversibleByPlan() {
		return this.code == null || this.code.reversibleByPlan();
	}

}
