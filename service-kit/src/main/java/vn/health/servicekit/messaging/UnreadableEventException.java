package vn.health.servicekit.messaging;

/**
 * A message that can never be processed as it is: missing CloudEvents headers, unknown type or a
 * payload that does not parse. Not retried; it goes straight to the consumer's dead-letter topic.
 */
public class UnreadableEventException extends RuntimeException {

	public UnreadableEventException(String message, Throwable cause) {
		super(message, cause);
	}

}
