package vn.health.servicekit.security;

/**
 * Cây đơn vị — which unit supervises which, as the service knows it (plan-service from its directory,
 * the others from their replica of {@code directory.units.v1}).
 */
@FunctionalInterface
public interface UnitHierarchy {

	/** Whether {@code supervisorId} is above {@code unitId} in the tree, at any distance (not itself). */
	boolean supervises(String supervisorId, String unitId);

}
