package vn.health.notification.audit;

/** What a caller changed. */
public enum AuditAction {

	/** Tùy chọn nhận thông báo của đơn vị. */
	PREFERENCES_CHANGED,

	/** Một người đăng ký nhận thông báo. */
	SUBSCRIBED,

	/** Một người hủy đăng ký. */
	UNSUBSCRIBED,

	/** Đăng ký webhook. */
	WEBHOOK_SUBSCRIBED,

	/** Hủy đăng ký webhook. */
	WEBHOOK_UNSUBSCRIBED,

	/** Gửi lại một lần gửi webhook. */
	WEBHOOK_REDELIVERED,

	/** Gửi lại một thông báo (thư, SMS, Zalo) gửi không thành công hoặc chưa xác nhận. */
	DELIVERY_REDELIVERED

}
