package vn.health.reporting.workingday;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.health.contracts.calendar.HolidaysPublished;
import vn.health.servicekit.messaging.InboundEvents;

@Configuration(proxyBeanMethods = false)
class HolidayConsumers {

	private static final Logger log = LoggerFactory.getLogger(HolidayConsumers.class);

	/** {@code calendar.v1} → the holidays of each year; an older or repeated revision changes nothing. */
	@Bean
	Consumer<Message<byte[]>> followHolidays(InboundEvents events, WorkingDays workingDays) {
		return (message) -> events.handle(message, (event) -> {
			if (event.payload() instanceof HolidaysPublished published && workingDays.keep(published)) {
				log.info("Holidays of {} now at revision {}: {} day(s) off, {} weekend day(s) worked", published.year(),
						published.revision(), published.daysOff().size(), published.workingWeekendDays().size());
			}
		});
	}

}
