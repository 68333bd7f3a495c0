package vn.health.notification.delivery;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Quét lần gửi bỏ dở — every {@code notification.redelivery.period}, ends the claims a crashed process left
 * {@code SENDING} for longer than the lease as {@code UNCONFIRMED} ({@link Deliveries#endAbandonedClaims}). Every
 * instance may run it: it reads only the few claims in the {@code due} index, and ends each by a conditional write,
 * once.
 */
@Component
class AbandonedClaimSweep {

	private final Deliveries deliveries;

	AbandonedClaimSweep(Deliveries deliveries) {
		this.deliveries = deliveries;
	}

	@Scheduled(fixedDelayString = "${notification.redelivery.period:5s}",
			initialDelayString = "${notification.redelivery.period:5s}")
	void run() {
		this.deliveries.endAbandonedClaims();
	}

}
