package vn.health.calendar.theme;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.health.calendar.expression.Occurrence;
import vn.health.calendar.expression.OccurrenceKind;

/**
 * Lần diễn ra của ngày chủ đề — one theme on its dates. The id stays the same for the same theme, start and kind,
 * so calendar apps update an event instead of adding it twice.
 *
 * @param planId the plan it comes from when {@code scope} is {@code PLAN} or {@code DEADLINE}; absent otherwise
 * @param deadline what is due, when {@code scope} is {@code DEADLINE}; absent otherwise
 */
public record ThemeOccurrence(String id, String themeId, int order, String name, LocalDate start, LocalDate end,
		OccurrenceKind kind, ThemeScope scope, @JsonInclude(JsonInclude.Include.NON_NULL) String planId,
		@JsonInclude(JsonInclude.Include.NON_NULL) DeadlineDetails deadline) {

	/** Deadlines sort after national themes and plans' themes of the same day. */
	public static final int DEADLINE_ORDER = 100_000;

	/** A theme or campaign, not a deadline. */
	public ThemeOccurrence(String id, String themeId, int order, String name, LocalDate start, LocalDate end,
			OccurrenceKind kind, ThemeScope scope, String planId) {
		this(id, themeId, order, name, start, end, kind, scope, planId, null);
	}

	static ThemeOccurrence of(Theme theme, Occurrence occurrence) {
		return of(theme.id(), theme.order(), theme.name(), theme.scope(), occurrence);
	}

	static ThemeOccurrence of(String themeId, int order, String name, ThemeScope scope, Occurrence occurrence) {
		return new ThemeOccurrence(idOf(themeId, occurrence), themeId, order, name, occurrence.start(),
				occurrence.end(), occurrence.kind(), scope, null);
	}

	/** An occurrence of a plan's theme or campaign, at {@code order} after the national catalogue. */
	public static ThemeOccurrence ofPlan(String planId, String themeId, int order, String name,
			Occurrence occurrence) {
		return new ThemeOccurrence(idOf(themeId, occurrence), themeId, order, name, occurrence.start(),
				occurrence.end(), occurrence.kind(), ThemeScope.PLAN, planId);
	}

	/**
	 * A reporting deadline on its last day. The id is the obligation's alone, so a rescheduled deadline moves in
	 * subscribed calendars instead of appearing twice.
	 */
	public static ThemeOccurrence ofDeadline(String planId, String name, LocalDate lastDay, DeadlineDetails details) {
		String id = "deadline-" + details.obligationId();
		return new ThemeOccurrence(id, id, DEADLINE_ORDER, name, lastDay, lastDay, OccurrenceKind.DAY,
				ThemeScope.DEADLINE, planId, details);
	}

	private static String idOf(String themeId, Occurrence occurrence) {
		return themeId + "-" + occurrence.start().format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
				+ occurrence.kind().name().toLowerCase(Locale.ROOT);
	}

}
