package vn.health.notification.delivery;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Quét gửi lại — every {@code notification.redelivery.period}, one instance at a time (lease lock), sends the
 * deliveries deferred by quiet hours or by a provider failure once they are due.
 */
@Component
class RedeliverySweep {

	private final Deliveries deliveries;

	private final LockingTaskExecutor lock;

	private final RedeliveryProperties settings;

	RedeliverySweep(Deliveries deliveries, LockingTaskExecutor lock, RedeliveryProperties settings) {
		this.deliveries = deliveries;
		this.lock = lock;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${notification.redelivery.period:1m}",
			initialDelayString = "${notification.redelivery.period:1m}")
	void run() {
		// Wall-clock time, not the service Clock: the lease lock compares it with the lock provider's Instant.now().
		this.lock.executeWithLock((Runnable) this.deliveries::redeliverDue,
				new LockConfiguration(Instant.now(), "notification-redelivery", this.settings.lease(), Duration.ZERO));
	}

}
