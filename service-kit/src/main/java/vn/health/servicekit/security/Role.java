package vn.health.servicekit.security;

/** Vai trò — what a signed-in user or machine client may do; tokens carry them in the {@code roles} claim. */
public enum Role {

	/** Sở Y tế: plans and the unit directory, province-wide. */
	PROVINCE_ADMIN,

	/** A receiving unit such as the CDC: reviews and consolidates what its supervised units send. */
	COORDINATOR,

	/** Its own unit's obligations and submissions. */
	UNIT_OFFICER,

	/** Reads, never writes. */
	VIEWER,

	/** A machine client (client-credentials grant), scoped to the unit it was registered for. */
	INTEGRATION

}
