package vn.health.plan.importer;

import java.time.LocalDate;

import vn.health.contracts.plan.DueRule;

/**
 * Hạn báo cáo tìm thấy — one deadline sentence as read, before it becomes a requirement of the draft.
 *
 * @param printed the sentence as printed, for the person confirming it
 */
record FoundDeadline(String title, String period, LocalDate dueDate, DueRule dueRule, UnitMatch reporter,
		String reporterPrinted, UnitMatch recipient, String recipientPrinted, int line, String printed) {

	/** The first day on which the report is late: "gửi trước ngày D" → D, "chậm nhất ngày D" → D + 1. */
	LocalDate lateFrom() {
		return (this.dueDate == null || this.dueRule == DueRule.BEFORE_DAY) ? this.dueDate : this.dueDate.plusDays(1);
	}

}
