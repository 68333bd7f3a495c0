package vn.health.notification.delivery;

/**
 * The provider refused the message for good (bad number, template not approved, invalid token): retrying
 * cannot help, so it is neither retried nor counted as an outage by the circuit breaker.
 */
public class ProviderRejectedException extends RuntimeException {

	public ProviderRejectedException(String message) {
		super(message);
	}

}
