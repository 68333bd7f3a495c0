package vn.health.calendar.expression;

/** Loại thời điểm — what an occurrence covers. */
public enum OccurrenceKind {

	/** One day: {@code 24/3}. */
	DAY,

	/** Several days: a range ({@code 15 - 21/3}, {@code 15/01 - 15/02}) or a week ({@code tuần 1 tháng 5}). */
	PERIOD,

	/** A whole calendar month, usually a campaign month (tháng hành động): {@code Tháng 12}. */
	MONTH

}
