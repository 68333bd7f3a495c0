package vn.health.notification.webhook;

/** Trạng thái gửi webhook. */
public enum WebhookDeliveryStatus {

	/** Waiting for {@code nextAttemptAt}: new, or the receiver failed and it will be tried again. */
	PENDING,

	/** The receiver answered 2xx. */
	DELIVERED,

	/** Dead: every attempt within {@code notification.webhooks.retry-for} failed, or the subscription is gone; an operator may redeliver it. */
	FAILED

}
