package vn.health.infra.process;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Waits for processes started together to become ready, and fails fast when one of them dies. */
public final class Startup {

	private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

	private final Duration timeout;

	private final BooleanSupplier cancelled;

	public Startup(Duration timeout, BooleanSupplier cancelled) {
		this.timeout = timeout;
		this.cancelled = cancelled;
	}

	/** Returns once all are ready, calling {@code onReady} for each as it gets there. */
	public void awaitReady(List<RunningProcess> processes, Consumer<RunningProcess> onReady) {
		Instant deadline = Instant.now().plus(timeout);
		List<RunningProcess> pending = new ArrayList<>(processes);
		while (!pending.isEmpty()) {
			if (cancelled.getAsBoolean()) {
				throw new StartupFailure("Startup cancelled: the platform is stopping");
			}
			for (Iterator<RunningProcess> it = pending.iterator(); it.hasNext();) {
				RunningProcess process = it.next();
				if (!process.isAlive()) {
					throw StartupFailure.exited(process);
				}
				if (process.isReady()) {
					it.remove();
					onReady.accept(process);
				}
			}
			if (!pending.isEmpty()) {
				if (Instant.now().isAfter(deadline)) {
					throw StartupFailure.timedOut(pending.getFirst(), timeout.toSeconds());
				}
				pause();
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(POLL_INTERVAL);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StartupFailure("Startup interrupted");
		}
	}

}
