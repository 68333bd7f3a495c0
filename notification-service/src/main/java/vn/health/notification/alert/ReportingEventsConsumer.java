package vn.health.notification.alert;

import java.util.function.Consumer;

import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.cloud.stream.config.ConsumerEndpointCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.kafka.inbound.KafkaMessageDrivenChannelAdapter;
import org.springframework.messaging.Message;

import vn.health.contracts.Topics;
import vn.health.contracts.reporting.ReportDueSoon;
import vn.health.contracts.reporting.ReportEscalated;
import vn.health.contracts.reporting.ReportOverdue;
import vn.health.contracts.reporting.ReportReturned;
import vn.health.notification.delivery.SourceEvent;
import vn.health.notification.webhook.WebhookFanOut;
import vn.health.servicekit.messaging.InboundEvents;

/**
 * Subscribes to reporting-service's {@code reporting.v1} twice, in two consumer groups (see {@link ReportingLane}):
 * {@code alertReporting} is given the ordinary events, {@code alertEscalations} the escalations; each binding drops
 * the other's records ({@link #reportingLanes}), and both handle what they are given alike. Two bindings in one group
 * would split the topic's partitions instead. Events of the public catalogue go to webhook subscribers first
 * (idempotent, nothing sent in-line). Known events that concern no unit here ({@code ObligationCreated},
 * {@code ReportAccepted} …) are ignored, not dead-lettered; a type this build does not know is dead-lettered by
 * {@link InboundEvents}.
 */
@Configuration(proxyBeanMethods = false)
class ReportingEventsConsumer {

	private static final String URGENT_BINDING = "alertEscalations-in-0";

	@Bean
	Consumer<Message<byte[]>> alertReporting(InboundEvents events, ReportAlerts alerts, WebhookFanOut webhooks) {
		return handler(events, alerts, webhooks);
	}

	@Bean
	Consumer<Message<byte[]>> alertEscalations(InboundEvents events, ReportAlerts alerts, WebhookFanOut webhooks) {
		return handler(events, alerts, webhooks);
	}

	/**
	 * Each binding on {@code reporting.v1} drops the other lane's records before the binder turns them into messages:
	 * during the fault suite's redelivery the urgent lane spent a seventh of the service's CPU converting and invoking
	 * for records it then skipped. Dropped records are committed with the rest.
	 */
	@Bean
	ConsumerEndpointCustomizer<KafkaMessageDrivenChannelAdapter<?, ?>> reportingLanes(BindingServiceProperties bindings) {
		String urgentGroup = bindings.getBindingProperties(URGENT_BINDING).getGroup();
		return (adapter, destination, group) -> {
			if (Topics.REPORTING.equals(destination)) {
				onlyLane(adapter, urgentGroup.equals(group) ? ReportingLane.URGENT : ReportingLane.ORDINARY);
			}
		};
	}

	private static <K, V> void onlyLane(KafkaMessageDrivenChannelAdapter<K, V> adapter, ReportingLane lane) {
		adapter.setRecordFilterStrategy((record) -> ReportingLane.of(record) != lane);
		adapter.setAckDiscarded(true);
	}

	private static Consumer<Message<byte[]>> handler(InboundEvents events, ReportAlerts alerts, WebhookFanOut webhooks) {
		return (message) -> {
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
