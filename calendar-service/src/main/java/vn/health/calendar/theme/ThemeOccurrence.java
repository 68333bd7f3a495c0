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
 * @param planId the plan it comes from when {@code scope} is {@code PLAN}; absent for national themes
 */
public record ThemeOccurrence(String id, String themeId, int order, String name, LocalDate start, LocalDate end,
		OccurrenceKind kind, ThemeScope scope, @JsonInclude(JsonInclude.Include.NON_NULL) String planId) {

	static ThemeOccurrence of(Theme theme, Occurrence occurrence) {
		return new ThemeOccurrence(idOf(theme.id(), occurrence), theme.id(), theme.order(), theme.name(),
				occurrence.start(), occurrence.end(), occurrence.kind(), theme.scope(), null);
	}

	/** An occurrence of a plan's theme or campaign, at {@code order} after the national catalogue. */
	public static ThemeOccurrence ofPlan(String planId, String themeId, int order, String name,
			Occurrence occurrence) {
		return new ThemeOccurrence(idOf(themeId, occurrence), themeId, order, name, occurrence.start(),
				occurrence.end(), occurrence.kind(), ThemeScope.PLAN, planId);
	}

	private static String idOf(String themeId, Occurrence occurrence) {
		return themeId + "-" + occurrence.start().format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
				+ occurrence.kind().name().toLowerCase(Locale.ROOT);
	}

}
