package vn.health.notification.delivery;

/** Trạng thái gửi — where one delivery stands. */
public enum DeliveryStatus {

	SENT,

	/** The unit has no address for the channel (e.g. no e-mail in the directory): nothing was sent. */
	SKIPPED_NO_ADDRESS,

	/** Recorded and waiting for {@code notBefore}: due now, quiet hours, or a failed attempt to be tried again. */
	DEFERRED,

	/** Claimed by a dispatcher and handed to the provider; the outcome is not saved yet. */
	SENDING,

	/**
	 * The service stopped while sending: the provider may or may not have the message. Not sent again by itself
	 * (at most once per event, recipient and channel); an operator may redeliver it.
	 */
	UNCONFIRMED,

	/** Given up: the provider refused it for good, or every attempt allowed failed. */
	FAILED

}
