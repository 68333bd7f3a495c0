package vn.health.reporting.obligation;

/** Lý do hủy nghĩa vụ — the code {@code ObligationCancelled} carries; the text for users is in {@link Cancellation}. */
public enum CancellationReason {

	/** Kế hoạch bị thu hồi. */
	PLAN_REVOKED,

	/** Kế hoạch sửa đổi không còn yêu cầu báo cáo này (or no longer names the unit). */
	REQUIREMENT_REMOVED,

	/** Đơn vị đã sáp nhập; đơn vị tiếp nhận đã có nghĩa vụ của chính mình cho cùng yêu cầu. */
	UNITS_MERGED;

	/** Only a plan change brings an obligation back; a merge duplicate stays cancelled for good. */
	boolean reversibleByPlan() {
		return this == REQUIREMENT_REMOVED;
	}

}
