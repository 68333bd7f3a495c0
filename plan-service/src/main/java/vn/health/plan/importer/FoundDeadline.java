package vn.health.plan.importer;

import java.time.LocalDate;

import vn.health.contracts.plan.DueRule;

/**
 * Hạn báo cáo tìm thấy — one deadline sentence as read, before it becomes a requirement of the draft.
 *
 * @param start offset in {@code paragraph} of the sentence
 * @param at offset in {@code paragraph} of the deadline or duty itself, the line findings point at
 * @param printed the sentence as printed, for the person confirming it
 */
record FoundDeadline(String title, String period, LocalDate dueDate, DueRule dueRule, UnitMatch reporter,
		String reporterPrinted, UnitMatch recipient, String recipientPrinted, Paragraph paragraph, int start, int at,
		String printed) {

	int line() {
		return this.paragraph.lineAt(this.at);
	}

	/** The sentence's span: an undated duty is a weaker reading than "gửi trước ngày 20/6/2024". */
	void recordSource(String field, FieldSources spans) {
		spans.paragraph(field, this.paragraph, this.start, this.start + this.printed.length(), undated() ? 0.6 : 0.95);
		spans.paragraph(field + ".reporterUnitIds", this.paragraph, this.start, this.start + this.printed.length(),
				this.reporter.confidence());
		spans.paragraph(field + ".recipientUnitId", this.paragraph, this.start, this.start + this.printed.length(),
				this.recipient.confidence());
	}

	/** A duty to report that the plan gives no date for ("định kỳ … theo quy định", "báo cáo ngay"). */
	boolean undated() {
		return this.dueRule == null;
	}

	/** The first day on which the report is late: "gửi trước ngày D" → D, "chậm nhất ngày D" → D + 1. */
	LocalDate lateFrom() {
		return (this.dueDate == null || this.dueRule == DueRule.BEFORE_DAY) ? this.dueDate : this.dueDate.plusDays(1);
	}

}
