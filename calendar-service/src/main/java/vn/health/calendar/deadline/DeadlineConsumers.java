package vn.health.calendar.deadline;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.health.contracts.reporting.ReportingEvent;
import vn.health.servicekit.messaging.InboundEvents;

@Configuration(proxyBeanMethods = false)
class DeadlineConsumers {

	private static final Logger log = LoggerFactory.getLogger(DeadlineConsumers.class);

	/**
	 * {@code reporting.v1} → the deadlines in unit calendars. Reminders, submissions and reviews on the same topic
	 * are read and passed over: they are legitimate events, not calendar changes.
	 */
	@Bean
	Consumer<Message<byte[]>> keepDeadlines(InboundEvents events, Deadlines deadlines) {
		return (message) -> events.handle(message, (event) -> {
			if (event.payload() instanceof ReportingEvent reporting && deadlines.apply(reporting)) {
				log.info("{} of obligation {} applied", event.type(), reporting.aggregateId());
			}
		});
	}

}
