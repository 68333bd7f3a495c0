package vn.health.reporting.completeness;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.reporting.obligation.ObligationAccess;
import vn.health.reporting.obligation.Obligations;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;

@RestController
class CompletenessController {

	private final Completeness completeness;

	private final ObligationAccess access;

	private final Obligations obligations;

	CompletenessController(Completeness completeness, ObligationAccess access, Obligations obligations) {
		this.completeness = completeness;
		this.access = access;
		this.obligations = obligations;
	}

	@GetMapping("/api/reports/completeness")
	CompletenessReport completeness(@RequestParam(required = false) String plan,
			@RequestParam(required = false) String requirement, @RequestParam(required = false) String period,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String unitType,
			Caller caller) {
		if (unit != null) {
			this.access.checkRead(caller, unit);
		}
		else if (!caller.has(Role.PROVINCE_ADMIN) && !caller.has(Role.VIEWER)
				&& (requirement != null || period != null)) {
			// one report's rates: also whoever may read the unit it is sent to (the CDC, for its districts)
			this.obligations.recipientsOfReport(plan, requirement, period)
				.forEach((recipient) -> this.access.checkRead(caller, recipient));
		}
		else {
			// the whole province's rates: the Sở's administrators and read-only viewers
			caller.requireAny(Role.PROVINCE_ADMIN, Role.VIEWER);
		}
		return this.completeness.of(new RateQuery(plan, requirement, period, unit, unitType));
	}

}
