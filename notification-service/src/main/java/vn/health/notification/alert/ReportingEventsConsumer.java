package vn.health.notification.alert;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.health.contracts.reporting.ReportDueSoon;
import vn.health.contracts.reporting.ReportEscalated;
import vn.health.contracts.reporting.ReportOverdue;
import vn.health.contracts.reporting.ReportReturned;
import vn.health.notification.delivery.SourceEvent;
import vn.health.notification.webhook.WebhookFanOut;
import vn.health.servicekit.messaging.InboundEvents;

/**
 * Subscribes to reporting-service's {@code reporting.v1} twice, in two consumer groups (see {@link ReportingLane}):
 * {@code alertReporting} handles the ordinary events and skips escalations, {@code alertEscalations} handles
 * escalations and skips the rest. Two bindings in one group would split the topic's partitions instead. Events of the
 * public catalogue go to webhook subscribers first (idempotent, nothing sent in-line). Known events that concern no
 * unit here ({@code ObligationCreated}, {@code ReportAccepted} …) are ignored, not dead-lettered; a type this build
 * does not know is dead-lettered by {@link InboundEvents}.
 */
@Configuration(proxyBeanMethods = false)
class ReportingEventsConsumer {

	@Bean
	Consumer<Message<byte[]>> alertReporting(InboundEvents events, ReportAlerts alerts, WebhookFanOut webhooks) {
		return inLane(ReportingLane.ORDINARY, events, alerts, webhooks);
	}

	@Bean
	Consumer<Message<byte[]>> alertEscalations(InboundEvents events, ReportAlerts alerts, WebhookFanOut webhooks) {
		return inLane(ReportingLane.URGENT, events, alerts, webhooks);
	}

	private static Consumer<Message<byte[]>> inLane(ReportingLane lane, InboundEvents events, ReportAlerts alerts,
			WebhookFanOut webhooks) {
		return (message) -> {
			if (ReportingLane.of(message) != lane) {
				return;
			}
			events.handle(message, (event) -> {
				webhooks.publish(event);
				switch (event.payload()) {
					case ReportOverdue overdue -> alerts.overdue(SourceEvent.of(event), overdue);
					case ReportDueSoon dueSoon -> alerts.dueSoon(SourceEvent.of(event), dueSoon);
					case ReportEscalated escalated -> alerts.escalated(SourceEvent.of(event), escalated);
					case ReportReturned returned -> alerts.returned(SourceEvent.of(event), returned);
					default -> {
					}
				}
			});
		};
	}

}
