package vn.health.calendar.theme;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

import vn.health.calendar.CalendarRange;

/** Lịch ngày chủ đề — the theme days that fall in a range of dates, for the API and the iCalendar feeds. */
@Component
public class ThemeOccurrences {

	private final ThemeRepository themes;

	ThemeOccurrences(ThemeRepository themes) {
		this.themes = themes;
	}

	/**
	 * Every occurrence overlapping the range, by start date then catalogue order. Instances anchored in the year
	 * before count too: a range crossing the year end, or a week 1 starting in December.
	 */
	public List<ThemeOccurrence> between(CalendarRange range) {
		List<Theme> catalogue = this.themes.inCatalogueOrder();
		return IntStream.rangeClosed(range.from().getYear() - 1, range.to().getYear() + 1)
			.boxed()
			.flatMap((year) -> catalogue.stream()
				.flatMap((theme) -> theme.occurrencesIn(year)
					.stream()
					.filter((occurrence) -> occurrence.overlaps(range.from(), range.to()))
					.map((occurrence) -> ThemeOccurrence.of(theme, occurrence))))
			.sorted(Comparator.comparing(ThemeOccurrence::start).thenComparing(ThemeOccurrence::order))
			.toList();
	}

}
