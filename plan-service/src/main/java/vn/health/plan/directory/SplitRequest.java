package vn.health.plan.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * What a caller gives to split the unit addressed into new ones ({@code POST /api/units/{id}/split}).
 *
 * @param effectiveFrom the successors' first day; the split unit's last day is the day before
 * @param successors the new units, at least two; their {@code activeFrom} is {@code effectiveFrom}; the first
 *     takes over what the split unit owed (its {@code successorId})
 */
public record SplitRequest(LocalDate effectiveFrom, String reason, List<UnitDetails> successors) {

	List<UnitDetails> normalisedSuccessors() {
		return this.successors.stream().map((details) -> details.normalised().startingOn(this.effectiveFrom)).toList();
	}

}
