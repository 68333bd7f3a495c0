package vn.health.notification.webhook;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.health.servicekit.lock.Leases;

/** Quét gửi webhook — every {@code notification.webhooks.period}, one instance at a time, sends due deliveries. */
@Component
class WebhookSweep {

	private final WebhookDispatcher dispatcher;

	private final Leases leases;

	private final WebhookProperties settings;

	WebhookSweep(WebhookDispatcher dispatcher, Leases leases, WebhookProperties settings) {
		this.dispatcher = dispatcher;
		this.leases = leases;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${notification.webhooks.period:10s}",
			initialDelayString = "${notification.webhooks.period:10s}")
	void run() {
		this.leases.run("notification-webhooks", this.settings.lease(), this.dispatcher::sendDue);
	}

}
