package vn.health.notification.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Giờ yên lặng — nights and weekends, when non-urgent notices wait for the next working morning
 * (DESIGN "Deadlines": nothing goes out at night or on a weekend). Public holidays are not known to this
 * service yet. Plain Java: the rule is tested without Spring.
 */
public record QuietHours(ZoneId zone, LocalTime nightStarts, LocalTime dayStarts, LocalTime morningSend) {

	public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	/** {@code now} when it is working time, otherwise the next working morning's send time. */
	public Instant sendAt(Instant now) {
		ZonedDateTime local = now.atZone(this.zone);
		LocalTime time = local.toLocalTime();
		LocalDate day = local.toLocalDate();
		if (isWorkingDay(day) && !time.isBefore(this.dayStarts) && time.isBefore(this.nightStarts)) {
			return now;
		}
		LocalDate morning = time.isBefore(this.dayStarts) ? day : day.plusDays(1);
		while (!isWorkingDay(morning)) {
			morning = morning.plusDays(1);
		}
		return morning.atTime(this.morningSend).atZone(this.zone).toInstant();
	}

	private static boolean isWorkingDay(LocalDate day) {
		return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
	}

}
