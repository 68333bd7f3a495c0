package vn.health.reporting.escalation;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

import org.springframework.stereotype.Component;

/** Khóa lượt quét — one instance runs a given sweep at a time (a Mongo lease lock, DESIGN rule 5). */
@Component
class SweepLock {

	private static final Duration LEASE = Duration.ofMinutes(10);

	private final LockingTaskExecutor lock;

	SweepLock(LockingTaskExecutor lock) {
		this.lock = lock;
	}

	/** The sweep's result, or empty when another instance holds the lock named {@code name}. */
	Optional<Integer> run(String name, Supplier<Integer> sweep) {
		try {
			LockingTaskExecutor.TaskResult<Integer> result = this.lock.executeWithLock(sweep::get,
					new LockConfiguration(Instant.now(), name, LEASE, Duration.ZERO));
			return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException("Sweep " + name + " failed", ex);
		}
	}

}
