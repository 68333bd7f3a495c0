package vn.health.servicekit.security;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.health.servicekit.web.ForbiddenException;

/**
 * Phạm vi đơn vị — whether a caller may act on a unit's data: its own unit always; a unit below it
 * when it coordinates or administers (province admins reach every unit). Read checks also let
 * viewers and machine clients see what is below their unit. A unit officer sees only its own unit,
 * so unit A's officer can read or write nothing of unit B.
 */
public final class UnitScope {

	private final UnitHierarchy hierarchy;

	public UnitScope(UnitHierarchy hierarchy) {
		this.hierarchy = hierarchy;
	}

	/** The caller's own unit (any role except viewers may write there). */
	public boolean isOwn(Caller caller, String unitId) {
		return caller.unrestricted() || (caller.unitId() != null && caller.unitId().equals(unitId));
	}

	/** The caller's unit or, for coordinators and admins, one it supervises. */
	public boolean canManage(Caller caller, String unitId) {
		if (caller.unrestricted() || caller.has(Role.PROVINCE_ADMIN)) {
			return true;
		}
		return isOwn(caller, unitId) || (caller.has(Role.COORDINATOR) && supervised(caller, unitId));
	}

	/** What {@link #canManage} allows, plus viewers' and machine clients' own subtree. */
	public boolean canRead(Caller caller, String unitId) {
		return canManage(caller, unitId)
				|| (caller.hasAny(Role.VIEWER, Role.INTEGRATION) && supervised(caller, unitId));
	}

	/** 403 unless {@link #canRead}. */
	public void checkRead(Caller caller, String unitId) {
		if (!canRead(caller, unitId)) {
			throw outOfScope(unitId);
		}
	}

	/** 403 unless {@link #canManage} and the caller is not read-only. */
	public void checkManage(Caller caller, String unitId) {
		if (!canManage(caller, unitId) || isReadOnly(caller)) {
			throw outOfScope(unitId);
		}
	}

	/** 403 unless it is the caller's own unit and the caller is not read-only (e.g. submitting its report). */
	public void checkOwn(Caller caller, String unitId) {
		if (!isOwn(caller, unitId) || isReadOnly(caller)) {
			throw outOfScope(unitId);
		}
	}

	/**
	 * The units of a directory whose data the caller may read ({@link #canRead}), for narrowing a listing; empty when
	 * it may read all (the province's administrators). The tree comes from {@code parents} (unit id to parent id,
	 * read once), not from a lookup per unit and level.
	 */
	public static Optional<Set<String>> readableAmong(Caller caller, Map<String, String> parents) {
		if (caller.unrestricted() || caller.has(Role.PROVINCE_ADMIN)) {
			return Optional.empty();
		}
		Set<String> units = new HashSet<>();
		if (caller.unitId() != null) {
			units.add(caller.unitId());
		}
		UnitScope inMemory = new UnitScope(UnitHierarchy.byParents(parents::get));
		parents.keySet().stream().filter((unitId) -> inMemory.canRead(caller, unitId)).forEach(units::add);
		return Optional.of(units);
	}

	private boolean supervised(Caller caller, String unitId) {
		return caller.unitId() != null && unitId != null && this.hierarchy.supervises(caller.unitId(), unitId);
	}

	private static boolean isReadOnly(Caller caller) {
		return !caller.hasAny(Role.PROVINCE_ADMIN, Role.COORDINATOR, Role.UNIT_OFFICER, Role.INTEGRATION);
	}

	private static ForbiddenException outOfScope(String unitId) {
		return new ForbiddenException("Bạn không có quyền với dữ liệu của đơn vị " + unitId,
				"You may not access the data of unit " + unitId);
	}

}
