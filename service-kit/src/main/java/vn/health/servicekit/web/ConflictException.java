package vn.health.servicekit.web;

/** The request is valid but the resource's state forbids it now (e.g. issuing an issued plan): 409. */
public class ConflictException extends BilingualException {

	public ConflictException(String messageVi, String messageEn) {
		super(messageVi, messageEn);
	}

}
