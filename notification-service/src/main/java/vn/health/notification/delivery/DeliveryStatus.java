package vn.health.notification.delivery;

/** Kết quả gửi — the outcome of one delivery attempt that finished. */
public enum DeliveryStatus {

	SENT,

	/** The unit has no address for the channel (e.g. no e-mail in the directory): nothing was sent. */
	SKIPPED_NO_ADDRESS

}
