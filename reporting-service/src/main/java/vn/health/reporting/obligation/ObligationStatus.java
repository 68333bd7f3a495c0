package vn.health.reporting.obligation;

/** Trạng thái nghĩa vụ báo cáo. */
public enum ObligationStatus {

	/** Chưa nộp, còn hạn. */
	OPEN,

	/** Quá hạn chưa nộp. */
	OVERDUE,

	/** Đã nộp, chờ đơn vị nhận duyệt. */
	SUBMITTED,

	/** Bị trả lại, đơn vị phải nộp lại. */
	RETURNED,

	/** Đã được duyệt. */
	ACCEPTED,

	/** Đã hủy: kế hoạch sửa đổi bỏ yêu cầu này hoặc bị thu hồi. */
	CANCELLED;

	/**
	 * Whether the next move is the reporter unit's: only such obligations are cancelled or rescheduled by a
	 * plan change, while submitted and accepted work is kept.
	 */
	public boolean awaitsReporter() {
		return this == OPEN || this == OVERDUE || this == RETURNED;
	}

}
