package vn.health.reporting.completeness;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.reporting.obligation.ObligationAccess;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;

@RestController
class CompletenessController {

	private final Completeness completeness;

	private final ObligationAccess access;

	CompletenessController(Completeness completeness, ObligationAccess access) {
		this.completeness = completeness;
		this.access = access;
	}

	@GetMapping("/api/reports/completeness")
	CompletenessReport completeness(@RequestParam(required = false) String plan,
			@RequestParam(required = false) String requirement, @RequestParam(required = false) String period,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String unitType,
			Caller caller) {
		if (unit != null) {
			this.access.checkRead(caller, unit);
		}
		else {
			// the whole province's rates: the Sở's administrators and read-only viewers
			caller.requireAny(Role.PROVINCE_ADMIN, Role.VIEWER);
		}
		return this.completeness.of(new RateQuery(plan, requirement, period, unit, unitType));
	}

}
