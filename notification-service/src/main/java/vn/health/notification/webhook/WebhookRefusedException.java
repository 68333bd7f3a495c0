package vn.health.notification.webhook;

/** The receiver answered, but not with 2xx (a redirect is not followed: it could lead into the internal network). */
class WebhookRefusedException extends RuntimeException {

	private final int status;

	WebhookRefusedException(int status) {
		super("Receiver answered HTTP " + status);
		this.status = status;
	}

	int status() {
		return this.status;
	}

}
