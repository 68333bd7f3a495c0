package vn.health.contracts.plan;

import java.time.Instant;

/**
 * An issued plan was closed (kết thúc kế hoạch): its work is over and it will not be amended again. Reports it
 * required stay as they are; nothing new is created from it.
 *
 * @param version the version that was in force when it closed
 */
public record PlanClosed(String planId, String number, int version, Instant closedAt) implements PlanEvent {

	@Override
	public String aggregateId() {
		return this.planId;
	}

}
