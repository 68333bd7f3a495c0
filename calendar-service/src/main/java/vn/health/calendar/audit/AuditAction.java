package vn.health.calendar.audit;

/** What an operator did to the calendar. */
public enum AuditAction {

	/** Thêm chủ đề của tỉnh hoặc đơn vị. */
	THEME_ADDED,

	/** Sửa chủ đề. */
	THEME_CHANGED,

	/** Xóa chủ đề. */
	THEME_REMOVED,

	/** Nhập quyết định điều chỉnh ngày nghỉ, ngày làm bù. */
	HOLIDAY_ADJUSTED,

	/** Rút quyết định điều chỉnh. */
	HOLIDAY_WITHDRAWN,

	/** Cấp lại mã truy cập lịch của đơn vị. */
	FEED_TOKEN_ROTATED

}
