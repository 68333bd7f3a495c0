package vn.health.calendar.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.calendar.UnitId;
import vn.health.calendar.access.CalendarAccess;
import vn.health.servicekit.audit.AuditEntry;
import vn.health.servicekit.audit.AuditTrail;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.web.PageView;

/** {@code GET /api/calendar/audit}: who changed themes, holidays and feed tokens, for the province's administrators. */
@RestController
class AuditController {

	private final AuditTrail audit;

	private final CalendarAccess access;

	AuditController(AuditTrail audit, CalendarAccess access) {
		this.audit = audit;
		this.access = access;
	}

	/** Newest first; {@code unit} keeps the changes concerning one unit, {@code action} one kind of change. */
	@GetMapping("/api/calendar/audit")
	PageView<AuditEntry> list(@RequestParam(required = false) String unit,
			@RequestParam(required = false) AuditAction action, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Caller caller) {
		this.access.requireProvinceAdmin(caller);
		String unitId = (unit != null) ? UnitId.of(unit, "unit").value() : null;
		return this.audit.page(unitId, action, page, size);
	}

}
