package vn.health.contracts.plan;

import java.time.Instant;
import java.util.List;

/**
 * A plan was issued (ban hành): full snapshot of what consumers act on.
 *
 * @param number number and symbol, e.g. {@code 91/KH-SYT}; may be blank ({@code /KH-SYT})
 */
public record PlanIssued(String planId, String number, String title, int year, Instant issuedAt,
		List<ReportingRequirement> requirements) implements PlanEvent {

	public PlanIssued {
		requirements = List.copyOf(requirements);
	}

	@Override
	public String aggregateId() {
		return this.planId;
	}

}
