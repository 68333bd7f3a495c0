package vn.health.calendar.theme;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.calendar.CalendarRange;
import vn.health.calendar.CalendarYear;
import vn.health.calendar.UnitId;
import vn.health.calendar.expression.Occurrence;

@RestController
class ThemeController {

	private final ThemeRepository themes;

	private final ThemeOccurrences occurrences;

	ThemeController(ThemeRepository themes, ThemeOccurrences occurrences) {
		this.themes = themes;
		this.occurrences = occurrences;
	}

	@GetMapping("/api/calendar/themes")
	ThemesOfYear themes(@RequestParam int year) {
		int value = new CalendarYear(year).value();
		return new ThemesOfYear(value,
				this.themes.inCatalogueOrder().stream().map((theme) -> ThemeView.of(theme, value)).toList());
	}

	/** National themes only for now; {@code unit} is checked but adds nothing until plans and deadlines arrive. */
	@GetMapping("/api/calendar/occurrences")
	OccurrencesBetween occurrences(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String unit) {
		if (unit != null) {
			UnitId.of(unit, "unit");
		}
		CalendarRange range = new CalendarRange(from, to);
		return new OccurrencesBetween(range.from(), range.to(), this.occurrences.between(range));
	}

	record ThemesOfYear(int year, List<ThemeView> themes) {

	}

	/** A theme and its dates in the requested year ({@code timing} is the expression they come from). */
	record ThemeView(String id, int order, String name, String timing, ThemeScope scope, List<Occurrence> occurrences) {

		static ThemeView of(Theme theme, int year) {
			return new ThemeView(theme.id(), theme.order(), theme.name(), theme.timing(), theme.scope(),
					theme.occurrencesIn(year));
		}

	}

	record OccurrencesBetween(LocalDate from, LocalDate to, List<ThemeOccurrence> occurrences) {

	}

}
