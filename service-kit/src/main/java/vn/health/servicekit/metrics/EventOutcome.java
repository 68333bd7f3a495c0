package vn.health.servicekit.metrics;

/**
 * Lets a handler say that the event it is handling was applied before, so it is counted as a
 * {@link PlatformMetrics.Outcome#DUPLICATE duplicate} rather than handled: a handler whose write is naturally
 * idempotent (an insert whose id the event decides) calls it when it found the write already made.
 */
public final class EventOutcome {

	private static final ThreadLocal<boolean[]> CURRENT = new ThreadLocal<>();

	private EventOutcome() {
	}

	/** Marks the event being handled on this thread as a duplicate; outside a handler it does nothing. */
	public static void duplicate() {
		boolean[] flag = CURRENT.get();
		if (flag != null) {
			flag[0] = true;
		}
	}

	/** Runs a handler and tells whether it marked its event a duplicate. */
	public static boolean runReportingDuplicate(Runnable handler) {
		boolean[] previous = CURRENT.get();
		boolean[] flag = new boolean[1];
		CURRENT.set(flag);
		try {
			handler.run();
			return flag[0];
		}
		finally {
			if (previous != null) {
				CURRENT.set(previous);
			}
			else {
				CURRENT.remove();
			}
		}
	}

}
