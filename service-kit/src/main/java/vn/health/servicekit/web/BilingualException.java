package vn.health.servicekit.web;

/** An error the caller reads: Vietnamese for the console's users, English (the message) for integrators. */
public abstract class BilingualException extends RuntimeException {

	private final String messageVi;

	protected BilingualException(String messageVi, String messageEn) {
		super(messageEn);
		this.messageVi = messageVi;
	}

	public String messageVi() {
		return this.messageVi;
	}

}
