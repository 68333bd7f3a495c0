package vn.health.notification.directory;

/**
 * The notice's unit is not in the directory replica (yet): retried by the binder, then dead-lettered,
 * so an operator can replay it once the unit has arrived. Never acked and dropped (DESIGN rule 3).
 */
public class UnknownRecipientException extends RuntimeException {

	public UnknownRecipientException(String unitId) {
		super("Unit " + unitId + " is not in the directory replica");
	}

}
