package vn.health.contracts.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * Units were merged into one (sáp nhập, e.g. the 2025 reorganisation): from {@code effectiveFrom} the
 * successor is responsible for what the merged units did; each merged unit's last day is the day before.
 * Keyed by the successor, so on the compacted topic a later {@code UnitUpserted} of the successor replaces
 * it: the lasting state is in each merged unit's own {@link UnitUpserted} ({@code activeTo},
 * {@code successorId}).
 *
 * @param reason the decision behind the merge as the operator wrote it, may be {@code null}
 */
public record UnitsMerged(String successorUnitId, List<String> mergedUnitIds, LocalDate effectiveFrom, String reason)
		implements DirectoryEvent {

	public UnitsMerged {
		mergedUnitIds = (mergedUnitIds != null) ? List.copyOf(mergedUnitIds) : List.of();
	}

	@Override
	public String aggregateId() {
		return this.successorUnitId;
	}

}
