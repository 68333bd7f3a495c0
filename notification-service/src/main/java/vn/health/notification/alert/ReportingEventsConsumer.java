package vn.health.notification.alert;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.health.contracts.reporting.ReportOverdue;
import vn.health.servicekit.messaging.InboundEvents;

/**
 * Subscribes to reporting-service's {@code reporting.v1}. Known events other than {@link ReportOverdue}
 * are ignored; a type this build does not know is dead-lettered by {@link InboundEvents}.
 */
@Configuration(proxyBeanMethods = false)
class ReportingEventsConsumer {

	@Bean
	Consumer<Message<byte[]>> alertOverdue(InboundEvents events, OverdueAlerts alerts) {
		return (message) -> events.handle(message, (event) -> {
			if (event.payload() instanceof ReportOverdue overdue) {
				alerts.alert(event.eventId(), overdue);
			}
		});
	}

}
