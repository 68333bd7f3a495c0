package vn.health.plan.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Sáp nhập — a merge as its successor records it. Stored in the successor's document together with the
 * {@code UnitsMerged} event, so it is the merge's commit point: the merged units are ended after it.
 */
public record UnitMerge(List<String> mergedUnitIds, LocalDate effectiveFrom, String reason, Instant recordedAt) {

	public UnitMerge {
		mergedUnitIds = List.copyOf(mergedUnitIds);
	}

	/** Whether {@code request} asks for exactly this merge again (order of the ids aside). */
	boolean isRequestedBy(MergeRequest request) {
		return Set.copyOf(this.mergedUnitIds).equals(Set.copyOf(request.mergedUnitIds()))
				&& this.effectiveFrom.equals(request.effectiveFrom()) && Objects.equals(this.reason, request.reason());
	}

	boolean involvesAnyOf(Collection<String> unitIds) {
		return unitIds.stream().anyMatch(this.mergedUnitIds::contains);
	}

}
