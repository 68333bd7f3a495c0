package vn.health.reporting.obligation;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.health.reporting.directory.Directory;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;
import vn.health.servicekit.security.UnitHierarchy;
import vn.health.servicekit.security.UnitScope;

/**
 * Quyền trên báo cáo — who may do what with an obligation, from the caller's validated token, never from a
 * header: the reporter unit's officers (or its machine client) submit; the recipient unit's coordinators, or the
 * Sở's administrators, review; reads follow {@link UnitScope} over the directory replica (a unit's own
 * obligations and those of the units it supervises).
 */
@Component
public class ObligationAccess {

	private final Directory directory;

	private final UnitScope scope;

	ObligationAccess(Directory directory) {
		this.directory = directory;
		this.scope = new UnitScope(UnitHierarchy.byParents((unitId) -> directory.supervisorOf(unitId).orElse(null)));
	}

	/** 403 unless the caller is an officer or machine client of the obligation's own unit (submitting). */
	public void requireReporter(Caller caller, Obligation obligation) {
		caller.requireAny(Role.UNIT_OFFICER, Role.INTEGRATION);
		this.scope.checkOwn(caller, obligation.unitId());
	}

	/** 403 unless the caller coordinates the recipient unit (or a unit above it), or administers the province. */
	public void requireRecipient(Caller caller, Obligation obligation) {
		caller.requireAny(Role.COORDINATOR, Role.PROVINCE_ADMIN);
		this.scope.checkManage(caller, obligation.recipientUnitId());
	}

	/** 403 unless the caller may read the reporter unit's data or the recipient unit's (which reviews it). */
	public void checkRead(Caller caller, Obligation obligation) {
		if (!this.scope.canRead(caller, obligation.recipientUnitId())) {
			this.scope.checkRead(caller, obligation.unitId());
		}
	}

	/** 403 unless the caller may read the unit's data. */
	public void checkRead(Caller caller, String unitId) {
		this.scope.checkRead(caller, unitId);
	}

	/** The units whose obligations the caller may list; empty for the province's administrators, who see all. */
	Optional<Set<String>> readableUnits(Caller caller) {
		return UnitScope.readableAmong(caller, this.directory.parents());
	}

}
