package vn.health.notification.preference;

import java.time.Clock;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.notification.access.UnitAccess;
import vn.health.notification.audit.AuditAction;
import vn.health.servicekit.audit.AuditTrail;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.web.InputErrors;

/**
 * {@code GET|PUT /api/notifications/preferences}: a unit's channels and addresses, read by its own staff and the
 * units above it, changed by its own officers and coordinators or the province's administrators.
 */
@RestController
class PreferencesController {

	private final PreferencesRepository preferences;

	private final UnitAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	PreferencesController(PreferencesRepository preferences, UnitAccess access, AuditTrail audit, Clock clock) {
		this.preferences = preferences;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/api/notifications/preferences")
	Preferences preferences(Caller caller, @RequestParam(required = false) String unit) {
		new InputErrors().requireText(unit, "unit", "Cần chọn đơn vị (tham số unit)",
				"Parameter unit (the unit id) is required").throwIfAny();
		this.access.checkRead(caller, unit.strip());
		return this.preferences.forUnit(unit.strip());
	}

	@PutMapping("/api/notifications/preferences")
	Preferences choose(Caller caller, @RequestBody PreferencesRequest request) {
		Preferences chosen = request.toPreferences(this.clock.instant());
		this.access.checkPreferences(caller, chosen.unitId());
		Preferences saved = this.preferences.save(chosen);
		this.audit.record(caller, AuditAction.PREFERENCES_CHANGED, saved.unitId(), saved.unitId(),
				"channels " + saved.channels() + ", digest " + saved.digest() + ", event types " + saved.eventTypes());
		return saved;
	}

}
