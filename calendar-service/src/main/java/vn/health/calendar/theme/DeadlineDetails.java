package vn.health.calendar.theme;

import java.time.Instant;

/**
 * Nội dung hạn báo cáo — what a deadline in a unit's calendar is about: which plan, which report, to whom, and the
 * instant it becomes late.
 *
 * @param period the reporting period as the plan names it ({@code 6 tháng})
 * @param recipientName the recipient's name from the directory, {@code null} when the directory does not know it
 * @param dueAt the first instant the report is late ("gửi trước ngày 15/6" → 15/6 00:00 in Vietnam)
 * @param sequence how many times the deadline changed (iCalendar {@code SEQUENCE})
 * @param changedAt when it last changed
 */
public record DeadlineDetails(String obligationId, String planNumber, String planTitle, String requirementTitle,
		String period, String recipientUnitId, String recipientName, Instant dueAt, int sequence, Instant changedAt) {

}
