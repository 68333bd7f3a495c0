package vn.health.plan.plan;

import vn.health.servicekit.web.BilingualException;

/** Tệp không nhận — an upload that is not stored, with the HTTP status saying why. */
class RefusedAttachment extends BilingualException {

	private final Reason reason;

	RefusedAttachment(Reason reason, String messageVi, String messageEn) {
		super(messageVi, messageEn);
		this.reason = reason;
	}

	Reason reason() {
		return this.reason;
	}

	enum Reason {

		EMPTY(400), TOO_LARGE(413), UNSUPPORTED_TYPE(415);

		private final int status;

		Reason(int status) {
			this.status = status;
		}

		int status() {
			return this.status;
		}

	}

}
