package vn.health.plan.plan;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.health.contracts.directory.UnitType;

/** The directory's units of each type at one moment: what "Trạm Y tế xã" means when a plan is issued. */
public record UnitsByType(Map<UnitType, List<String>> units) {

	public UnitsByType {
		units = Map.copyOf(units);
	}

	/** Named units first, in the plan's order, then every unit of the named types; each once. */
	List<String> resolve(List<String> namedUnitIds, List<UnitType> types) {
		Set<String> resolved = new LinkedHashSet<>(namedUnitIds);
		types.forEach((type) -> resolved.addAll(this.units.getOrDefault(type, List.of())));
		return List.copyOf(resolved);
	}

}
