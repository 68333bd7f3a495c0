package vn.health.plan.importer;

import java.util.List;

import vn.health.contracts.directory.UnitType;

/**
 * Đối chiếu đơn vị — how an assignee or recipient as printed maps to the directory: named units, unit
 * types resolved when the plan is issued, or nothing; with a confidence from 0 to 1.
 *
 * @param kind the type the text names first ({@code null} when none), used to link reporting chains
 */
public record UnitMatch(List<String> unitIds, List<UnitType> unitTypes, UnitType kind, double confidence) {

	static final UnitMatch NONE = new UnitMatch(List.of(), List.of(), null, 0);

	public UnitMatch {
		unitIds = List.copyOf(unitIds);
		unitTypes = List.copyOf(unitTypes);
	}

	boolean isEmpty() {
		return this.unitIds.isEmpty() && this.unitTypes.isEmpty();
	}

	/** One unit of the directory, as a report's recipient must be. */
	String singleUnitId() {
		return (this.unitIds.size() == 1) ? this.unitIds.get(0) : null;
	}

}
