package vn.health.servicekit.web;

/** The addressed resource does not exist: 404. */
public class NotFoundException extends RuntimeException {

	private final String messageVi;

	public NotFoundException(String messageVi, String messageEn) {
		super(messageEn);
		this.messageVi = messageVi;
	}

	public String messageVi() {
		return this.messageVi;
	}

}
