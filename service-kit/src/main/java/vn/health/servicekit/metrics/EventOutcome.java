package vn.health.servicekit.metrics;

/**
 * Lets a handler say that the event it is handling was applied before, so it is counted as a
 * {@link PlatformMetrics.Outcome#DUPLICATE duplicate} rather than handled. {@code Idempotency.runOnce} calls it
 * when its key was done; a handler whose write is naturally idempotent may call it when it found nothing to change.
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
