package vn.health.notification.delivery;

/** Kênh gửi — how a notification reaches a unit. */
public enum Channel {

	/** Thư điện tử, over SMTP. */
	EMAIL,

	/** Hộp thư trong ứng dụng. */
	INBOX

}
