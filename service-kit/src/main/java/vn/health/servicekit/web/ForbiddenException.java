package vn.health.servicekit.web;

/** The caller may not do this to this resource (e.g. another unit's report): 403. */
public class ForbiddenException extends BilingualException {

	public ForbiddenException(String messageVi, String messageEn) {
		super(messageVi, messageEn);
	}

}
