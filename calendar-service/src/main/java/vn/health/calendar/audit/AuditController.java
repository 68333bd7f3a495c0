package vn.health.calendar.audit;

import java.util.function.Function;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.health.calendar.UnitId;
import vn.health.calendar.access.CalendarAccess;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.web.PageView;
import vn.health.servicekit.web.Paging;

@RestController
class AuditController {

	private final Audit audit;

	private final CalendarAccess access;

	AuditController(Audit audit, CalendarAccess access) {
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
		Sort newestFirst = Sort.by(Sort.Direction.DESC, "at", "id");
		return PageView.of(this.audit.list(unitId, action, Paging.of(page, size, newestFirst)), Function.identity());
	}

}
