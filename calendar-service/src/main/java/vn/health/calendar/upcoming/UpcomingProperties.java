package vn.health.calendar.upcoming;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lịch nhắc ngày chủ đề — when units hear that a theme is coming.
 *
 * @param daysBefore the offsets, default 14 and 3 days before an occurrence starts; each 1..365
 * @param interval how often the sweep runs, default every hour (also its delay after start-up)
 */
@ConfigurationProperties("calendar.upcoming")
record UpcomingProperties(@DefaultValue({ "14", "3" }) List<Integer> daysBefore,
		@DefaultValue("PT1H") Duration interval) {

	UpcomingProperties {
		if (daysBefore.isEmpty() || daysBefore.stream().anyMatch((days) -> days == null || days < 1 || days > 365)) {
			throw new IllegalArgumentException("calendar.upcoming.days-before must be 1..365 days, was " + daysBefore);
		}
		daysBefore = daysBefore.stream().distinct().sorted(Comparator.reverseOrder()).toList();
	}

	/** How far ahead the sweep looks: the largest offset. */
	int furthest() {
		return this.daysBefore.getFirst();
	}

	/**
	 * The offset to announce for an occurrence {@code daysUntil} days away: the smallest offset already reached.
	 * After downtime that skipped an offset, only this nearest one goes out, not every missed one.
	 */
	OptionalInt nearestDue(long daysUntil) {
		return this.daysBefore.stream().mapToInt(Integer::intValue).filter((days) -> days >= daysUntil).min();
	}

}
