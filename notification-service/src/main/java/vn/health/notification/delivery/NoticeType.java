package vn.health.notification.delivery;

import java.util.Arrays;
import java.util.Optional;

import vn.health.contracts.EventType;

/**
 * Loại thông báo — the notices about a unit that a person subscribes to, or that a unit chooses per channel, named
 * like the CloudEvents type without {@code vn.health.} ({@code report.overdue}).
 */
public enum NoticeType {

	REPORT_DUE_SOON(EventType.REPORT_DUE_SOON),

	REPORT_OVERDUE(EventType.REPORT_OVERDUE),

	REPORT_ESCALATED(EventType.REPORT_ESCALATED),

	REPORT_RETURNED(EventType.REPORT_RETURNED),

	THEME_UPCOMING(EventType.THEME_UPCOMING);

	private final EventType eventType;

	NoticeType(EventType eventType) {
		this.eventType = eventType;
	}

	public String publicName() {
		return this.eventType.typeName().substring("vn.health.".length());
	}

	public String typeName() {
		return this.eventType.typeName();
	}

	public static Optional<NoticeType> named(String publicName) {
		return Arrays.stream(values()).filter((type) -> type.publicName().equals(publicName)).findFirst();
	}

	public static String catalogue() {
		return String.join(", ", Arrays.stream(values()).map(NoticeType::publicName).toList());
	}

}
