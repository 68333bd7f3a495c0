package vn.health.notification.schedule;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Giờ yên lặng — settings under {@code notification.quiet-hours.*}, always in Asia/Ho_Chi_Minh.
 *
 * @param nightStarts start of the night, default 21:00
 * @param dayStarts end of the night, default 07:00
 * @param morningSend when deferred notices go out on the next working morning, default 07:30
 * @param overdueAlertUrgent whether the overdue alert ignores quiet hours, default {@code false}
 * @param escalationUrgent whether the escalation to the supervising unit (and its copy to the late unit) ignores
 * quiet hours, default {@code true}
 */
@ConfigurationProperties("notification.quiet-hours")
public record QuietHoursProperties(@DefaultValue("21:00") LocalTime nightStarts,
		@DefaultValue("07:00") LocalTime dayStarts, @DefaultValue("07:30") LocalTime morningSend,
		@DefaultValue("false") boolean overdueAlertUrgent, @DefaultValue("true") boolean escalationUrgent) {

	public QuietHours quietHours() {
		return new QuietHours(QuietHours.VIETNAM, this.nightStarts, this.dayStarts, this.morningSend);
	}

}
