package vn.health.notification.theme;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.health.contracts.calendar.ThemeUpcoming;
import vn.health.servicekit.messaging.InboundEvents;

/**
 * Subscribes to calendar-service's {@code calendar.v1}; a type this build does not know is dead-lettered by
 * {@link InboundEvents}.
 */
@Configuration(proxyBeanMethods = false)
class CalendarEventsConsumer {

	@Bean
	Consumer<Message<byte[]>> announceThemes(InboundEvents events, ThemeAnnouncements announcements) {
		return (message) -> events.handle(message, (event) -> {
			if (event.payload() instanceof ThemeUpcoming theme) {
				announcements.announce(event.eventId(), theme);
			}
		});
	}

}
