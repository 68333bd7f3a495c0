package vn.health.notification.schedule;

import java.time.Instant;

import org.springframework.stereotype.Component;

/** Giờ gửi — when a notice may go out: at once if urgent or in working time, otherwise the next working morning. */
@Component
public class SendingHours {

	private final QuietHours quietHours;

	private final HolidayCalendar holidays;

	SendingHours(QuietHoursProperties quietHours, HolidayCalendar holidays) {
		this.quietHours = quietHours.quietHours();
		this.holidays = holidays;
	}

	public Instant sendAt(Instant now, boolean urgent) {
		return urgent ? now : this.quietHours.sendAt(now, this.holidays.around(now));
	}

}
