package vn.health.plan.plan;

/** What a change in a plan's history was. */
public enum PlanChange {

	/** Lập dự thảo. */
	CREATED,

	/** Sửa dự thảo. */
	EDITED,

	/** Ban hành. */
	ISSUED,

	/** Sửa đổi, bổ sung: a new version. */
	AMENDED,

	/** Đính kèm tệp. */
	ATTACHED,

	/** Kết thúc. */
	CLOSED,

	/** Thu hồi. */
	REVOKED

}
