package vn.health.notification.theme;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.health.contracts.calendar.HolidaysPublished;
import vn.health.contracts.calendar.ThemeUpcoming;
import vn.health.notification.delivery.SourceEvent;
import vn.health.notification.schedule.HolidayCalendar;
import vn.health.servicekit.messaging.InboundEvents;

/**
 * Subscribes to calendar-service's {@code calendar.v1} with one binding: theme notices, and the public holidays quiet
 * hours count with. A type this build does not know is dead-lettered by {@link InboundEvents}.
 */
@Configuration(proxyBeanMethods = false)
class CalendarEventsConsumer {

	@Bean
	Consumer<Message<byte[]>> announceThemes(InboundEvents events, ThemeAnnouncements announcements,
			HolidayCalendar holidays) {
		return (message) -> events.handle(message, (event) -> {
			switch (event.payload()) {
				case ThemeUpcoming theme -> announcements.announce(SourceEvent.of(event), theme);
				case HolidaysPublished published -> holidays.apply(published);
				default -> {
				}
			}
		});
	}

}
