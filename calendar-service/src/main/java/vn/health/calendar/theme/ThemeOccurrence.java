package vn.health.calendar.theme;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import vn.health.calendar.expression.Occurrence;
import vn.health.calendar.expression.OccurrenceKind;

/**
 * Lần diễn ra của ngày chủ đề — one theme on its dates. The id stays the same for the same theme, start and kind,
 * so calendar apps update an event instead of adding it twice.
 */
public record ThemeOccurrence(String id, String themeId, int order, String name, LocalDate start, LocalDate end,
		OccurrenceKind kind, ThemeScope scope) {

	static ThemeOccurrence of(Theme theme, Occurrence occurrence) {
		String id = theme.id() + "-" + occurrence.start().format(DateTimeFormatter.BASIC_ISO_DATE) + "-"
				+ occurrence.kind().name().toLowerCase(Locale.ROOT);
		return new ThemeOccurrence(id, theme.id(), theme.order(), theme.name(), occurrence.start(), occurrence.end(),
				occurrence.kind(), theme.scope());
	}

}
