package vn.health.calendar.theme;

import java.time.Instant;

import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.health.calendar.UnitId;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.web.PageView;
import vn.health.servicekit.web.Paging;

@RestController
class OwnThemeController {

	private final OwnThemes themes;

	OwnThemeController(OwnThemes themes) {
		this.themes = themes;
	}

	@PostMapping("/api/calendar/themes")
	@ResponseStatus(HttpStatus.CREATED)
	OwnThemeView add(@RequestBody ThemeRequest request, Caller caller) {
		return OwnThemeView.of(this.themes.add(request, caller));
	}

	@GetMapping("/api/calendar/themes/own")
	PageView<OwnThemeView> list(@RequestParam(required = false) ThemeScope scope,
			@RequestParam(required = false) String unit, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Caller caller) {
		String unitId = (unit != null) ? UnitId.of(unit, "unit").value() : null;
		return PageView.of(this.themes.list(scope, unitId, Paging.of(page, size, Sort.by("name", "id")), caller),
				OwnThemeView::of);
	}

	@GetMapping("/api/calendar/themes/{id}")
	OwnThemeView find(@PathVariable String id, Caller caller) {
		return OwnThemeView.of(this.themes.find(id, caller));
	}

	@PutMapping("/api/calendar/themes/{id}")
	OwnThemeView change(@PathVariable String id, @RequestBody ThemeRequest request, Caller caller) {
		return OwnThemeView.of(this.themes.change(id, request, caller));
	}

	@DeleteMapping("/api/calendar/themes/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable String id, Caller caller) {
		this.themes.remove(id, caller);
	}

	record OwnThemeView(String id, ThemeScope scope, String unitId, String name, String timing, String category,
			Instant createdAt, Instant updatedAt) {

		static OwnThemeView of(OwnTheme theme) {
			return new OwnThemeView(theme.id(), theme.scope(), theme.unitId(), theme.name(), theme.timing(),
					theme.category(), theme.createdAt(), theme.updatedAt());
		}

	}

}
