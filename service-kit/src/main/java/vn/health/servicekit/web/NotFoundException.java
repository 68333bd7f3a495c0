package vn.health.servicekit.web;

/** The addressed resource does not exist: 404. */
public class NotFoundException extends BilingualException {

	public NotFoundException(String messageVi, String messageEn) {
		super(messageVi, messageEn);
	}

}
