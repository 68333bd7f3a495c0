package vn.health.contracts.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Sắp đến ngày chủ đề — a theme day, week, month or campaign starts in {@code daysBefore} days, so units can
 * prepare their activities. Published at most once per occurrence, offset and scope; when the service was down past
 * an offset, only the nearest offset still ahead is sent.
 *
 * @param announcementId the key: scope and occurrence ({@code NATIONAL:national-07-20240324-day})
 * @param occurrenceId stable id of the occurrence, the same as in the calendar API and the iCalendar UID
 * @param kind {@code DAY}, {@code PERIOD} or {@code MONTH}
 * @param scope {@code NATIONAL} (every unit), {@code PROVINCE} (a theme the province added: every unit),
 *     {@code PLAN} (the units the plan assigned) or {@code UNIT} (a theme a unit added for itself and the units
 *     under it)
 * @param planId the plan whose theme or campaign this is; {@code null} unless {@code PLAN}
 * @param planNumber number and symbol of that plan, {@code null} unless {@code PLAN}
 * @param unitIds the units concerned when {@code PLAN} or {@code UNIT}; empty when {@code NATIONAL} or
 *     {@code PROVINCE}
 * @param daysBefore the offset reached, e.g. 14 or 3 days before {@code start}
 * @param announcedAt the instant the sweep ran for, not the wall clock of the run
 */
public record ThemeUpcoming(String announcementId, String occurrenceId, String themeId, String name, LocalDate start,
		LocalDate end, String kind, String scope, String planId, String planNumber, List<String> unitIds, int daysBefore,
		Instant announcedAt) implements CalendarEvent {

	public ThemeUpcoming {
		unitIds = (unitIds != null) ? List.copyOf(unitIds) : List.of();
	}

	@Override
	public String aggregateId() {
		return this.announcementId;
	}

}
