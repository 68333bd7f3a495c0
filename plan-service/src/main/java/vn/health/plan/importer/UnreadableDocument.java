package vn.health.plan.importer;

/** Văn bản không đọc được — the upload cannot be turned into text; nothing was read or stored. */
public class UnreadableDocument extends RuntimeException {

	private final Reason reason;

	private final String messageVi;

	UnreadableDocument(Reason reason, String messageVi, String messageEn) {
		super(messageEn);
		this.reason = reason;
		this.messageVi = messageVi;
	}

	public Reason reason() {
		return this.reason;
	}

	public String messageVi() {
		return this.messageVi;
	}

	/** Why, with the HTTP status the answer carries. */
	public enum Reason {

		EMPTY(400), TOO_LARGE(413), UNSUPPORTED_TYPE(415), UNDECODABLE(400), NO_TEXT(422), NOT_A_PLAN(422);

		private final int status;

		Reason(int status) {
			this.status = status;
		}

		public int status() {
			return this.status;
		}

	}

}
