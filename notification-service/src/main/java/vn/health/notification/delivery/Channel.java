package vn.health.notification.delivery;

/** Kênh gửi — how a notification reaches a unit. */
public enum Channel {

	/** Thư điện tử, over SMTP. */
	EMAIL,

	/** Hộp thư trong ứng dụng. */
	INBOX,

	/** Tin nhắn SMS thương hiệu (brandname), through an HTTP gateway. */
	SMS,

	/** Tin nhắn mẫu Zalo (ZNS) from the health department's Official Account. */
	ZALO

}
