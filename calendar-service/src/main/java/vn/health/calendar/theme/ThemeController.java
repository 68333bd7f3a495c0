package vn.health.calendar.theme;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.calendar.CalendarYear;

@RestController
class ThemeController {

	private final ThemeRepository themes;

	ThemeController(ThemeRepository themes) {
		this.themes = themes;
	}

	@GetMapping("/api/calendar/themes")
	ThemesOfYear themes(@RequestParam int year) {
		CalendarYear calendarYear = new CalendarYear(year);
		return new ThemesOfYear(calendarYear.value(),
				this.themes.inCatalogueOrder().stream().map(ThemeView::of).toList());
	}

	/** Every national theme applies every year; their dates per year come with the date-expression parser. */
	record ThemesOfYear(int year, List<ThemeView> themes) {

	}

	record ThemeView(String id, int order, String name, String timing, ThemeScope scope) {

		static ThemeView of(Theme theme) {
			return new ThemeView(theme.id(), theme.order(), theme.name(), theme.timing(), theme.scope());
		}

	}

}
