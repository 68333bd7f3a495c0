package vn.health.contracts.plan;

import java.time.Instant;
import java.util.List;

/**
 * A plan was issued (ban hành): full snapshot of what consumers act on.
 *
 * @param number number and symbol, e.g. {@code 91/KH-SYT}; may be blank ({@code /KH-SYT})
 * @param version 1 when first issued; each amendment publishes {@link PlanAmended} with the next
 * @param issuerUnitId the issuing unit (Sở Y tế), or {@code null} when the plan does not name it
 * @param alertLadder the plan's own reminder and escalation ladder, or {@code null} for the platform defaults
 */
public record PlanIssued(String planId, String number, String title, int year, Instant issuedAt,
		List<ReportingRequirement> requirements, int version, String issuerUnitId, PlanKind kind, PlanPeriod period,
		List<Assignment> assignments, List<Theme> themes, AlertLadder alertLadder) implements PlanEvent {

	public PlanIssued {
		requirements = List.copyOf(requirements);
		assignments = (assignments != null) ? List.copyOf(assignments) : List.of();
		themes = (themes != null) ? List.copyOf(themes) : List.of();
	}

	@Override
	public String aggregateId() {
		return this.planId;
	}

}
