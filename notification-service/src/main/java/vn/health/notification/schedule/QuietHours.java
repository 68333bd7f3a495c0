package vn.health.notification.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Giờ yên lặng — nights, weekends and public holidays, when non-urgent notices wait for the next working morning
 * (DESIGN "Deadlines": nothing goes out at night, on a weekend or a public holiday; a weekend day worked in exchange
 * is a working day). Plain Java: the rule is tested without Spring.
 */
public record QuietHours(ZoneId zone, LocalTime nightStarts, LocalTime dayStarts, LocalTime morningSend) {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Far more than the longest run of days off (Tết: nine days with the weekends around it). */
	private static final int MAX_DAYS_AHEAD = 60;

	/** {@code now} when it is working time, otherwise the next working morning's send time. */
	public Instant sendAt(Instant now, WorkingDays days) {
		ZonedDateTime local = now.atZone(this.zone);
		LocalTime time = local.toLocalTime();
		LocalDate day = local.toLocalDate();
		if (days.isWorkingDay(day) && !time.isBefore(this.dayStarts) && time.isBefore(this.nightStarts)) {
			return now;
		}
		LocalDate morning = time.isBefore(this.dayStarts) ? day : day.plusDays(1);
		for (int ahead = 0; !days.isWorkingDay(morning) && ahead < MAX_DAYS_AHEAD; ahead++) {
			morning = morning.plusDays(1);
		}
		return morning.atTime(this.morningSend).atZone(this.zone).toInstant();
	}

}
