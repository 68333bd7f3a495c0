package vn.health.calendar.theme;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.calendar.CalendarYear;
import vn.health.calendar.expression.Occurrence;

@RestController
class ThemeController {

	private final ThemeRepository themes;

	ThemeController(ThemeRepository themes) {
		this.themes = themes;
	}

	@GetMapping("/api/calendar/themes")
	ThemesOfYear themes(@RequestParam int year) {
		int value = new CalendarYear(year).value();
		return new ThemesOfYear(value,
				this.themes.inCatalogueOrder().stream().map((theme) -> ThemeView.of(theme, value)).toList());
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

}
