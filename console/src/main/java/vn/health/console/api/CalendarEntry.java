package vn.health.console.api;

import java.time.LocalDate;

/** One theme day, campaign period or reporting deadline in a unit's calendar (calendar-service). */
public record CalendarEntry(String id, String name, LocalDate start, LocalDate end, String kind, String scope,
		String planId, Object deadline) {

	/** A reporting deadline rather than a theme or campaign. */
	public boolean isDeadline() {
		return this.deadline != null;
	}

	/** "Ngày chủ đề", "Đợt cao điểm" or "Hạn báo cáo". */
	public String label() {
		if (isDeadline()) {
			return "Hạn báo cáo";
		}
		return "DAY".equals(this.kind) ? "Ngày chủ đề" : "Đợt truyền thông";
	}

	public boolean spansDays() {
		return this.end != null && !this.end.equals(this.start);
	}

}
