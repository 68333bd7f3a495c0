package vn.health.plan.plan;

/** Trạng thái kế hoạch. */
public enum PlanStatus {

	/** Dự thảo: editable in place, not yet visible to units. */
	DRAFT,

	/** Đã ban hành: obligations exist for the assigned units; changes only by amendment. */
	ISSUED,

	/** Đã kết thúc: its period is over; it stays readable, nothing more is amended. */
	CLOSED,

	/** Đã thu hồi: nothing it required is owed any more. */
	REVOKED

}
