package vn.health.notification.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.servicekit.audit.AuditEntry;
import vn.health.servicekit.audit.AuditTrail;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;
import vn.health.servicekit.web.PageView;

/** {@code GET /api/notifications/audit?unit=}: who changed what, for the province's administrators. */
@RestController
class AuditController {

	private final AuditTrail trail;

	AuditController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/api/notifications/audit")
	PageView<AuditEntry> audit(Caller caller, @RequestParam(required = false) String unit,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		caller.requireAny(Role.PROVINCE_ADMIN);
		return this.trail.page(unit, null, page, size);
	}

}
