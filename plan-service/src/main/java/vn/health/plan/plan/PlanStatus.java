package vn.health.plan.plan;

/** Trạng thái kế hoạch. */
public enum PlanStatus {

	/** Dự thảo: editable, not yet visible to units. */
	DRAFT,

	/** Đã ban hành: obligations exist for the assigned units. */
	ISSUED

}
