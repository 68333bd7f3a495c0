package vn.health.reporting.obligation;

import vn.health.servicekit.security.Caller;

/**
 * Người thực hiện — who submitted a version or decided on it, for the audit: the access token's subject (a person's
 * user name, or a machine client's id) and the unit they acted for.
 */
public record Actor(String subject, String unitId) {

	public static Actor of(Caller caller) {
		return new Actor(caller.subject(), caller.unitId());
	}

}
