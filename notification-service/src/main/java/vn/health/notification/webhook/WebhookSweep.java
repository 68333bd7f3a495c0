package vn.health.notification.webhook;

import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Quét gửi webhook — every {@code notification.webhooks.period}, one instance at a time, sends due deliveries. */
@Component
class WebhookSweep {

	private final WebhookDispatcher dispatcher;

	private final LockingTaskExecutor lock;

	private final WebhookProperties settings;

	WebhookSweep(WebhookDispatcher dispatcher, LockingTaskExecutor lock, WebhookProperties settings) {
		this.dispatcher = dispatcher;
		this.lock = lock;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${notification.webhooks.period:10s}",
			initialDelayString = "${notification.webhooks.period:10s}")
	void run() {
		// Wall-clock time, not the service Clock: the lease lock compares it with the lock provider's Instant.now().
		this.lock.executeWithLock((Runnable) this.dispatcher::sendDue,
				new LockConfiguration(Instant.now(), "notification-webhooks", this.settings.lease(), Duration.ZERO));
	}

}
