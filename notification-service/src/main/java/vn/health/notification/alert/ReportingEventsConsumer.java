package vn.health.notification.alert;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.health.contracts.reporting.ReportDueSoon;
import vn.health.contracts.reporting.ReportOverdue;
import vn.health.servicekit.messaging.InboundEvents;

/**
 * Subscribes to reporting-service's {@code reporting.v1} with one binding: two bindings in one consumer group
 * would split the topic's partitions between them and each would miss the other's events. Known events other
 * than {@link ReportOverdue} and {@link ReportDueSoon} are ignored; a type this build does not know is
 * dead-lettered by {@link InboundEvents}.
 */
@Configuration(proxyBeanMethods = false)
class ReportingEventsConsumer {

	@Bean
	Consumer<Message<byte[]>> alertReporting(InboundEvents events, ReportAlerts alerts) {
		return (message) -> events.handle(message, (event) -> {
			switch (event.payload()) {
				case ReportOverdue overdue -> alerts.overdue(event.eventId(), overdue);
				case ReportDueSoon dueSoon -> alerts.dueSoon(event.eventId(), dueSoon);
				default -> {
				}
			}
		});
	}

}
