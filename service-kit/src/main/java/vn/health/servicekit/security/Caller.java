package vn.health.servicekit.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import vn.health.servicekit.web.ForbiddenException;

/**
 * Who sent the request, from its validated access token: a controller takes it as a parameter.
 *
 * @param subject the user name, or the client id of a machine client
 * @param unitId the unit the caller belongs to (claim {@code unit_id})
 * @param roles the caller's roles (claim {@code roles}); names the platform does not know are dropped
 * @param unrestricted true only while {@code platform.security.enabled} is off: no token was checked
 * and every scope check passes, as before security existed
 */
public record Caller(String subject, String unitId, Set<Role> roles, boolean unrestricted) {

	/** The caller of every request while security is switched off. */
	public static final Caller UNSECURED = new Caller("anonymous", null, EnumSet.allOf(Role.class), true);

	public Caller {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	public static Caller of(String subject, String unitId, Set<Role> roles) {
		return new Caller(subject, unitId, roles, false);
	}

	public boolean has(Role role) {
		return this.unrestricted || this.roles.contains(role);
	}

	public boolean hasAny(Role... anyOf) {
		return Arrays.stream(anyOf).anyMatch(this::has);
	}

	/** A machine client rather than a person. */
	public boolean isMachine() {
		return !this.unrestricted && this.roles.contains(Role.INTEGRATION);
	}

	/** Throws 403 unless the caller has one of these roles. */
	public void requireAny(Role... anyOf) {
		if (!hasAny(anyOf)) {
			throw new ForbiddenException("Vai trò của bạn không được phép thực hiện thao tác này",
					"Your role may not do this (needs one of " + Arrays.toString(anyOf) + ")");
		}
	}

}
