package vn.health.plan.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Chia tách — a split as the split unit records it, in the same write that ends the unit: the commit point.
 * The successors are created after it from the details kept here, so a retried request completes the split.
 *
 * @param successorIds the new units, in the order requested; the first takes over what the split unit owed
 */
public record UnitSplit(LocalDate effectiveFrom, String reason, List<String> successorIds,
		List<UnitDetails> successors, Instant recordedAt) {

	public UnitSplit {
		successorIds = List.copyOf(successorIds);
		successors = List.copyOf(successors);
	}

	boolean isRequestedBy(SplitRequest request) {
		return this.effectiveFrom.equals(request.effectiveFrom()) && Objects.equals(this.reason, request.reason())
				&& this.successors.equals(request.normalisedSuccessors());
	}

}
