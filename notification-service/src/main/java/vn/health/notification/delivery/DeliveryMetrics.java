package vn.health.notification.delivery;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * {@value #DELIVERIES} [{@code notification_deliveries_total}] — each outcome written for a delivery, by
 * {@code channel} ({@code INBOX}, {@code EMAIL}, {@code SMS}, {@code ZALO}, {@code WEBHOOK}) and {@code outcome}:
 * {@code delivered}, {@code deferred} (quiet hours, or a failure that will be retried), {@code failed} (given up or
 * refused), {@code unconfirmed} (the service stopped while sending) or {@code skipped} (no address for the channel).
 */
@Component
public class DeliveryMetrics {

	public static final String DELIVERIES = "notification.deliveries";

	/** What became of one attempt (or decision) of a delivery. */
	public enum Outcome {

		DELIVERED, DEFERRED, FAILED, UNCONFIRMED, SKIPPED;

		static Outcome of(DeliveryStatus status) {
			return switch (status) {
				case SENT -> DELIVERED;
				case DEFERRED, SENDING -> DEFERRED;
				case UNCONFIRMED -> UNCONFIRMED;
				case FAILED -> FAILED;
				case SKIPPED_NO_ADDRESS -> SKIPPED;
			};
		}

	}

	private final MeterRegistry registry;

	DeliveryMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	public void count(String channel, Outcome outcome) {
		Counter.builder(DELIVERIES)
			.description("Delivery outcomes by channel")
			.tag("channel", channel)
			.tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
			.register(this.registry)
			.increment();
	}

	/** Counts the state the delivery was just saved in. */
	public void count(Delivery delivery) {
		count(delivery.channel().name(), Outcome.of(delivery.status()));
	}

}
