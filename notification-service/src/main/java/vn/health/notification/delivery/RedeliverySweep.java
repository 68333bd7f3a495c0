package vn.health.notification.delivery;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.health.servicekit.lock.Leases;

/**
 * Quét gửi lại — every {@code notification.redelivery.period}, one instance at a time (lease lock), sends the
 * deliveries deferred by quiet hours or by a provider failure once they are due.
 */
@Component
class RedeliverySweep {

	private final Deliveries deliveries;

	private final Leases leases;

	private final RedeliveryProperties settings;

	RedeliverySweep(Deliveries deliveries, Leases leases, RedeliveryProperties settings) {
		this.deliveries = deliveries;
		this.leases = leases;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${notification.redelivery.period:1m}",
			initialDelayString = "${notification.redelivery.period:1m}")
	void run() {
		this.leases.run("notification-redelivery", this.settings.lease(), this.deliveries::redeliverDue);
	}

}
