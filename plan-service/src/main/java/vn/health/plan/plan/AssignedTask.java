package vn.health.plan.plan;

import java.util.List;

import vn.health.contracts.directory.UnitType;
import vn.health.contracts.plan.Assignment;

/**
 * Phân công nhiệm vụ — a task of the plan's "tổ chức thực hiện": the rule as written (named units and
 * unit types) and, once issued, the units it resolved to.
 */
public record AssignedTask(String assignmentId, String assignee, List<String> unitIds, List<UnitType> unitTypes,
		String task, List<String> resolvedUnitIds) {

	public AssignedTask {
		unitIds = (unitIds != null) ? List.copyOf(unitIds) : List.of();
		unitTypes = (unitTypes != null) ? List.copyOf(unitTypes) : List.of();
		resolvedUnitIds = (resolvedUnitIds != null) ? List.copyOf(resolvedUnitIds) : List.of();
	}

	AssignedTask resolvedWith(UnitsByType units) {
		return new AssignedTask(this.assignmentId, this.assignee, this.unitIds, this.unitTypes, this.task,
				units.resolve(this.unitIds, this.unitTypes));
	}

	Assignment toContract() {
		return new Assignment(this.assignmentId, this.assignee, this.task, this.unitTypes, this.resolvedUnitIds);
	}

}
