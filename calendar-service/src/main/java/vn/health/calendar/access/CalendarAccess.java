package vn.health.calendar.access;

import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.health.calendar.directory.Directory;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;
import vn.health.servicekit.security.UnitHierarchy;
import vn.health.servicekit.security.UnitScope;

/**
 * Quyền trên lịch — who may do what with the calendar, from the caller's validated token, never from a header. The
 * national catalogue, holidays and province themes are for every signed-in user; a unit's calendar follows
 * {@link UnitScope} over the directory replica (its own staff, the coordinators and administrators above it, viewers
 * of a unit above it, read-only); a unit's own themes and feed token are changed by its officers and coordinators or
 * by the Sở's administrators; holidays and province themes by the Sở's administrators only.
 */
@Component
public class CalendarAccess {

	private final Directory directory;

	private final UnitScope scope;

	CalendarAccess(Directory directory) {
		this.directory = directory;
		this.scope = new UnitScope(UnitHierarchy.byParents(directory::parentOf));
	}

	/** 403 unless the caller may read the unit's calendar. */
	public void checkRead(Caller caller, String unitId) {
		this.scope.checkRead(caller, unitId);
	}

	/** 403 unless the caller administers the province (holidays, province themes, audit, sweeps). */
	public void requireProvinceAdmin(Caller caller) {
		caller.requireAny(Role.PROVINCE_ADMIN);
	}

	/** 403 unless the caller has a role that may change a unit's themes or feed at all. */
	public void requireUnitStaff(Caller caller) {
		caller.requireAny(Role.PROVINCE_ADMIN, Role.COORDINATOR, Role.UNIT_OFFICER);
	}

	/**
	 * 403 unless the caller is an officer or coordinator of {@code unitId} itself, or a province administrator: a
	 * unit's own themes and its feed token are its own business, not its supervisor's.
	 */
	public void checkUnitStaff(Caller caller, String unitId) {
		requireUnitStaff(caller);
		if (!caller.has(Role.PROVINCE_ADMIN)) {
			this.scope.checkOwn(caller, unitId);
		}
	}

	/** The units whose own themes the caller may list; empty for the province's administrators, who see all. */
	public Optional<Set<String>> readableUnits(Caller caller) {
		return UnitScope.readableAmong(caller, this.directory.parents());
	}

}
