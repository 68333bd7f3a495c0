package vn.health.contracts.plan;

/** Loại kế hoạch — what a plan is for; its period follows from it. */
public enum PlanKind {

	/** Kế hoạch năm: the whole calendar year, e.g. "Kế hoạch truyền thông y tế năm 2024". */
	YEARLY,

	/** Kế hoạch đợt / chiến dịch: a campaign with its own period, e.g. 15/8/2024 – 31/01/2025. */
	CAMPAIGN,

	/** Any other plan (chuyên đề, đột xuất): its period is given explicitly. */
	OTHER

}
