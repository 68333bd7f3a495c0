package vn.health.reporting.obligation;

/** Chuyển trạng thái không hợp lệ — the obligation's status forbids the move; callers answer 409. */
public class IllegalTransitionException extends IllegalStateException {

	private final String messageVi;

	public IllegalTransitionException(String messageVi, String messageEn) {
		super(messageEn);
		this.messageVi = messageVi;
	}

	public String messageVi() {
		return this.messageVi;
	}

}
