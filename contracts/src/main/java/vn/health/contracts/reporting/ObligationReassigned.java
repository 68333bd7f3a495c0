package vn.health.contracts.reporting;

import java.time.Instant;

/**
 * An open obligation moved to another unit, e.g. to the successor when units were merged (chuyển nghĩa vụ báo cáo
 * cho đơn vị tiếp nhận). The obligation keeps its id and history.
 *
 * @param reason why it moved, e.g. {@code UNITS_MERGED}
 */
public record ObligationReassigned(String obligationId, String planId, String previousUnitId, String unitId,
		String reason, Instant reassignedAt) implements ReportingEvent {

	@Override
	public String aggregateId() {
		return this.obligationId;
	}

}
