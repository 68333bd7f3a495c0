package vn.health.reporting.obligation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import vn.health.contracts.plan.DueRule;

/**
 * Hạn nộp báo cáo — the instant a plan's due date means, in Vietnamese civil time (DESIGN "Deadlines"):
 * "gửi trước ngày 20/3" is due when 20/3 starts; "chậm nhất ngày 20/3" when 20/3 ends.
 */
public final class Deadlines {

	public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	private Deadlines() {
	}

	public static Instant dueAt(LocalDate dueDate, DueRule rule) {
		return switch (rule) {
			case BEFORE_DAY -> dueDate.atStartOfDay(ZONE).toInstant();
			case END_OF_DAY -> dueDate.plusDays(1).atStartOfDay(ZONE).toInstant();
		};
	}

}
