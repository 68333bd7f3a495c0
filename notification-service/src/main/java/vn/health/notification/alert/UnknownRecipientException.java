package vn.health.notification.alert;

/**
 * The alert's unit is not in the directory replica (yet): retried by the binder, then dead-lettered,
 * so an operator can replay it once the unit has arrived. Never acked and dropped (DESIGN rule 3).
 */
class UnknownRecipientException extends RuntimeException {

	UnknownRecipientException(String unitId) {
		super("Unit " + unitId + " is not in the directory replica");
	}

}
