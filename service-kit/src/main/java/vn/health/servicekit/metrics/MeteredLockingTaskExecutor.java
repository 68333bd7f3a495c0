package vn.health.servicekit.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * Times every task that got its lease, by lock name and outcome ({@value #TASKS}, Prometheus
 * {@code platform_locked_task_seconds_*}): a sweep whose count stops growing on every instance is not running, the
 * alert "sweep not running". A task skipped because another instance holds the lease is not counted.
 */
public class MeteredLockingTaskExecutor implements LockingTaskExecutor {

	public static final String TASKS = "platform.locked.task";

	private final LockingTaskExecutor delegate;

	private final MeterRegistry registry;

	public MeteredLockingTaskExecutor(LockingTaskExecutor delegate, MeterRegistry registry) {
		this.delegate = delegate;
		this.registry = registry;
	}

	@Override
	public void executeWithLock(Runnable task, LockConfiguration configuration) {
		this.delegate.executeWithLock((Runnable) () -> {
			Timer.Sample sample = Timer.start(this.registry);
			String outcome = "failure";
			try {
				task.run();
				outcome = "success";
			}
			finally {
				sample.stop(timer(configuration, outcome));
			}
		}, configuration);
	}

	@Override
	public void executeWithLock(Task task, LockConfiguration configuration) throws Throwable {
		executeWithLock(() -> {
			task.call();
			return null;
		}, configuration);
	}

	@Override
	public <T> TaskResult<T> executeWithLock(TaskWithResult<T> task, LockConfiguration configuration)
			throws Throwable {
		return this.delegate.executeWithLock(() -> {
			Timer.Sample sample = Timer.start(this.registry);
			String outcome = "failure";
			try {
				T result = task.call();
				outcome = "success";
				return result;
			}
			finally {
				sample.stop(timer(configuration, outcome));
			}
		}, configuration);
	}

	private Timer timer(LockConfiguration configuration, String outcome) {
		return Timer.builder(TASKS)
			.description("Runs of tasks shared by instances under a lease lock (sweeps, outbox relay)")
			.tag("task", configuration.getName())
			.tag("outcome", outcome)
			.register(this.registry);
	}

}
