package vn.health.notification.delivery;

/** Trạng thái gửi — where one delivery stands. */
public enum DeliveryStatus {

	SENT,

	/** The unit has no address for the channel (e.g. no e-mail in the directory): nothing was sent. */
	SKIPPED_NO_ADDRESS,

	/** Waiting for {@code notBefore}: quiet hours, or the provider failed and it will be tried again. */
	DEFERRED,

	/** Given up: the provider refused it for good, or every attempt allowed failed. */
	FAILED

}
