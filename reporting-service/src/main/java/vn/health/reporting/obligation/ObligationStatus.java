package vn.health.reporting.obligation;

/** Trạng thái nghĩa vụ báo cáo. */
public enum ObligationStatus {

	/** Chưa nộp, còn hạn. */
	OPEN,

	/** Quá hạn chưa nộp. */
	OVERDUE

}
