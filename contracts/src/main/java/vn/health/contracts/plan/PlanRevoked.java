package vn.health.contracts.plan;

import java.time.Instant;

/**
 * An issued plan was revoked (thu hồi, bãi bỏ): nothing it required is owed any more.
 *
 * @param version the version that was in force when it was revoked
 */
public record PlanRevoked(String planId, String number, String title, int year, int version, String reason,
		Instant revokedAt) implements PlanEvent {

	@Override
	public String aggregateId() {
		return this.planId;
	}

}
