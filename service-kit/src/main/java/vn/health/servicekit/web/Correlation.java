package vn.health.servicekit.web;

import org.slf4j.MDC;

/**
 * The correlation id of the request being handled: set by the gateway, kept in the logging context
 * ({@code %X{correlationId}}) and carried into the events the request causes.
 */
public final class Correlation {

	public static final String HEADER = "X-Correlation-Id";

	static final String MDC_KEY = "correlationId";

	private Correlation() {
	}

	/** The current id, or {@code null} outside a request or event handler. */
	public static String current() {
		return MDC.get(MDC_KEY);
	}

	/** Runs {@code work} with {@code correlationId} in the logging context, restoring what was there. */
	public static void run(String correlationId, Runnable work) {
		String previous = MDC.get(MDC_KEY);
		if (correlationId != null) {
			MDC.put(MDC_KEY, correlationId);
		}
		try {
			work.run();
		}
		finally {
			if (previous != null) {
				MDC.put(MDC_KEY, previous);
			}
			else {
				MDC.remove(MDC_KEY);
			}
		}
	}

}
