package vn.health.contracts.plan;

import java.time.Instant;
import java.util.List;

/**
 * An issued plan was amended (sửa đổi, bổ sung): the full snapshot of the new version, the same fields
 * as {@link PlanIssued}, so a consumer brings its state to this version without reading earlier ones.
 *
 * @param version the new version, one more than the one it replaces
 * @param reason why the plan was amended, as the issuer wrote it
 * @param changed the parts that differ from the previous version, e.g. {@code requirements}, {@code themes}
 * @param alertLadder the plan's own reminder and escalation ladder, or {@code null} for the platform defaults
 */
public record PlanAmended(String planId, String number, String title, int year, Instant amendedAt,
		List<ReportingRequirement> requirements, int version, String issuerUnitId, PlanKind kind, PlanPeriod period,
		List<Assignment> assignments, List<Theme> themes, String reason, List<String> changed,
		AlertLadder alertLadder) implements PlanEvent {

	public PlanAmended {
		requirements = List.copyOf(requirements);
		assignments = (assignments != null) ? List.copyOf(assignments) : List.of();
		themes = (themes != null) ? List.copyOf(themes) : List.of();
		changed = (changed != null) ? List.copyOf(changed) : List.of();
	}

	@Override
	public String aggregateId() {
		return this.planId;
	}

}
