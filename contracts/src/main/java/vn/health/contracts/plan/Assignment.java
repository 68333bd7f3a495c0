package vn.health.contracts.plan;

import java.util.List;

import vn.health.contracts.directory.UnitType;

/**
 * Phân công — a task a plan gives to units, named one by one or by type ("Trung tâm Y tế các huyện").
 *
 * @param assignee the assignee as printed in the plan
 * @param unitTypes the rule when the plan assigns by type; empty when it names units
 * @param unitIds every unit the task went to, resolved from the directory at issue time
 */
public record Assignment(String assignmentId, String assignee, String task, List<UnitType> unitTypes,
		List<String> unitIds) {

	public Assignment {
		unitTypes = (unitTypes != null) ? List.copyOf(unitTypes) : List.of();
		unitIds = (unitIds != null) ? List.copyOf(unitIds) : List.of();
	}

}
