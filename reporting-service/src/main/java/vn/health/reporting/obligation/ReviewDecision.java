package vn.health.reporting.obligation;

/** Kết quả duyệt báo cáo. */
public enum ReviewDecision {

	/** Chấp nhận. */
	ACCEPT,

	/** Trả lại để đơn vị sửa và nộp lại. */
	RETURN

}
