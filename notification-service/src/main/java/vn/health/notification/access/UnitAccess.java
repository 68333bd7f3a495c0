package vn.health.notification.access;

import org.springframework.stereotype.Component;

import vn.health.notification.directory.Unit;
import vn.health.notification.directory.UnitReplica;
import vn.health.servicekit.security.Caller;
import vn.health.servicekit.security.Role;
import vn.health.servicekit.security.UnitHierarchy;
import vn.health.servicekit.security.UnitScope;
import vn.health.servicekit.web.ForbiddenException;

/**
 * Quyền theo đơn vị — who may see and change a unit's notifications, from the caller's token and this service's
 * replica of the directory ({@link UnitScope}): a unit's inbox and preferences are read by its own staff and by the
 * units above it (coordinators, the Sở, viewers); only its own staff mark entries read; its preferences are changed
 * by its own officers and coordinators or by the Sở's administrators.
 */
@Component
public class UnitAccess {

	private final UnitScope scope;

	UnitAccess(UnitReplica units) {
		this.scope = new UnitScope(
				UnitHierarchy.byParents((unitId) -> units.findById(unitId).map(Unit::parentId).orElse(null)));
	}

	/** 403 unless the caller's unit is {@code unitId} or above it. */
	public void checkRead(Caller caller, String unitId) {
		this.scope.checkRead(caller, unitId);
	}

	/** 403 unless the caller belongs to {@code unitId} and may write (viewers may not). */
	public void checkOwn(Caller caller, String unitId) {
		this.scope.checkOwn(caller, unitId);
	}

	/** 403 unless the caller is an officer or coordinator of {@code unitId}, or a province administrator. */
	public void checkPreferences(Caller caller, String unitId) {
		caller.requireAny(Role.UNIT_OFFICER, Role.COORDINATOR, Role.PROVINCE_ADMIN);
		if (!caller.has(Role.PROVINCE_ADMIN)) {
			this.scope.checkOwn(caller, unitId);
		}
	}

	/** 403 unless the caller is a person (not a machine client) of {@code unitId}: subscribing oneself. */
	public void checkPerson(Caller caller, String unitId) {
		if (caller.isMachine() || !this.scope.isOwn(caller, unitId)) {
			throw new ForbiddenException("Chỉ người của đơn vị " + unitId + " tự đăng ký nhận thông báo của đơn vị",
					"Only a person of unit " + unitId + " subscribes themself to its notices");
		}
	}

	/** Whether the caller is the person {@code subject} (always, while security is off). */
	public static boolean isSelf(Caller caller, String subject) {
		return caller.unrestricted() || caller.subject().equals(subject);
	}

}
