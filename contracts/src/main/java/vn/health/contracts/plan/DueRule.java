package vn.health.contracts.plan;

/** How a plan's due date reads: the deadline instant is derived by reporting-service. */
public enum DueRule {

	/** "gửi trước ngày D": due when day D starts. */
	BEFORE_DAY,

	/** "chậm nhất ngày D", "trước hoặc trong ngày D": due when day D ends. */
	END_OF_DAY

}
