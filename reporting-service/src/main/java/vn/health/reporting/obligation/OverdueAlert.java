package vn.health.reporting.obligation;

import java.time.Instant;

/**
 * Cảnh báo quá hạn — the one {@code ReportOverdue} per deadline. The report is {@code OVERDUE} from its deadline
 * on (rates and screens show it late at once); the alert waits for the first working morning after the deadline
 * (DESIGN "Deadlines": "overdue alert on the day after"). {@code nextAt} is that morning as the holiday calendar
 * had it when the report became overdue; the sweep counts again with the calendar it has when it looks, and sends
 * or defers, so a holiday published late is still honoured.
 *
 * @param nextAt when the sweep should look, {@code null} once sent
 * @param sentAt when {@code ReportOverdue} went out (the instant the sweep ran for), {@code null} before
 */
public record OverdueAlert(Instant nextAt, Instant sentAt) {

	static OverdueAlert at(Instant morning) {
		return new OverdueAlert(morning, null);
	}

	boolean due(Instant asOf) {
		return this.nextAt != null && !this.nextAt.isAfter(asOf);
	}

	OverdueAlert sent(Instant asOf) {
		return new OverdueAlert(null, asOf);
	}

}
