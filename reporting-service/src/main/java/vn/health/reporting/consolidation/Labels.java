package vn.health.reporting.consolidation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import vn.health.reporting.obligation.ObligationStatus;

/** Nhãn tiếng Việt — how the export words a status and a delay for the people who read it. */
final class Labels {

	private Labels() {
	}

	static String status(ObligationStatus status) {
		return switch (status) {
			case OPEN -> "Chưa đến hạn";
			case OVERDUE -> "Quá hạn";
			case SUBMITTED -> "Chờ duyệt";
			case RETURNED -> "Bị trả lại";
			case ACCEPTED -> "Đã duyệt";
			case CANCELLED -> "Đã hủy";
		};
	}

	/** "2 ngày 3 giờ", "45 phút"; empty when on time. */
	static String lateBy(Duration lateBy) {
		List<String> parts = new ArrayList<>();
		if (lateBy.toDays() > 0) {
			parts.add(lateBy.toDays() + " ngày");
		}
		if (lateBy.toHoursPart() > 0) {
			parts.add(lateBy.toHoursPart() + " giờ");
		}
		if (lateBy.toMinutesPart() > 0 && lateBy.toDays() == 0) {
			parts.add(lateBy.toMinutesPart() + " phút");
		}
		if (parts.isEmpty() && lateBy.isPositive()) {
			parts.add("dưới 1 phút");
		}
		return String.join(" ", parts);
	}

}
