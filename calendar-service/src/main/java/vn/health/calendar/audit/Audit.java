package vn.health.calendar.audit;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import vn.health.servicekit.security.Caller;

/**
 * Nhật ký thao tác trên lịch — records each change after it is stored, so a refused request leaves no line. A crash
 * between the change and its line loses the line, never the change; the service's log names both.
 */
@Component
public class Audit {

	private final AuditRepository entries;

	private final Clock clock;

	Audit(AuditRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/** {@code unitId} is the unit concerned, {@code null} for a province-wide change. */
	public void record(Caller caller, AuditAction action, String target, String unitId, String detail) {
		this.entries.insert(new AuditEntry(UUID.randomUUID().toString(), this.clock.instant(), caller.subject(),
				caller.unitId(), action, target, unitId, detail));
	}

	Page<AuditEntry> list(String unitId, AuditAction action, Pageable page) {
		if (unitId != null && action != null) {
			return this.entries.findByUnitIdAndAction(unitId, action, page);
		}
		if (unitId != null) {
			return this.entries.findByUnitId(unitId, page);
		}
		return (action != null) ? this.entries.findByAction(action, page) : this.entries.findAll(page);
	}

}
