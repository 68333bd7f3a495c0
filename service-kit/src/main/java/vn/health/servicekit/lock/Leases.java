package vn.health.servicekit.lock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Runs a scheduled sweep under a named lease so that only one instance of a service runs it at a time
 * (DESIGN rule 5). A lease is released when the sweep ends and runs out by itself after {@code lease} if the
 * instance dies mid-sweep.
 */
public class Leases {

	private final LockingTaskExecutor lock;

	public Leases(LockingTaskExecutor lock) {
		this.lock = lock;
	}

	/** The sweep's result, or empty when another instance holds the lease named {@code name}. */
	public <T> Optional<T> call(String name, Duration lease, Supplier<T> sweep) {
		try {
			LockingTaskExecutor.TaskResult<T> result = this.lock.executeWithLock(sweep::get,
					new LockConfiguration(Instant.now(), name, lease, Duration.ZERO));
			return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException("Sweep " + name + " failed", ex);
		}
	}

	/** Runs {@code sweep} unless another instance holds the lease named {@code name}; true when it ran. */
	public boolean run(String name, Duration lease, Runnable sweep) {
		return call(name, lease, () -> {
			sweep.run();
			return Boolean.TRUE;
		}).isPresent();
	}

}
