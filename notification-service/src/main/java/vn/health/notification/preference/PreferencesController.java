package vn.health.notification.preference;

import java.time.Clock;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.servicekit.web.InputErrors;

/** {@code GET|PUT /api/notifications/preferences}: a unit's channels and addresses. */
@RestController
class PreferencesController {

	private final PreferencesRepository preferences;

	private final Clock clock;

	PreferencesController(PreferencesRepository preferences, Clock clock) {
		this.preferences = preferences;
		this.clock = clock;
	}

	@GetMapping("/api/notifications/preferences")
	Preferences preferences(@RequestParam(required = false) String unit) {
		new InputErrors().requireText(unit, "unit", "Cần chọn đơn vị (tham số unit)",
				"Parameter unit (the unit id) is required").throwIfAny();
		return this.preferences.forUnit(unit.strip());
	}

	@PutMapping("/api/notifications/preferences")
	Preferences choose(@RequestBody PreferencesRequest request) {
		return this.preferences.save(request.toPreferences(this.clock.instant()));
	}

}
