package vn.health.servicekit.security;

import java.util.HashSet;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Cây đơn vị — which unit supervises which, as the service knows it (plan-service from its directory,
 * the others from their replica of {@code directory.units.v1}).
 */
@FunctionalInterface
public interface UnitHierarchy {

	/** Whether {@code supervisorId} is above {@code unitId} in the tree, at any distance (not itself). */
	boolean supervises(String supervisorId, String unitId);

	/**
	 * The hierarchy from each unit's parent, e.g. {@code byParents((id) -> units.findById(id).map(Unit::parentId).orElse(null))};
	 * {@code parentOf} answers {@code null} at the top or for an unknown unit. A cycle in bad data ends the walk.
	 */
	static UnitHierarchy byParents(UnaryOperator<String> parentOf) {
		return (supervisorId, unitId) -> {
			Set<String> seen = new HashSet<>();
			for (String above = parentOf.apply(unitId); above != null && seen.add(above); above = parentOf.apply(above)) {
				if (above.equals(supervisorId)) {
					return true;
				}
			}
			return false;
		};
	}

}
