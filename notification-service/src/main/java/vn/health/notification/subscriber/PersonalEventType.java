package vn.health.notification.subscriber;

import java.util.Arrays;
import java.util.Optional;

import vn.health.contracts.EventType;

/** What a person may subscribe to: the notices about their unit, named like the CloudEvents type without {@code vn.health.}. */
enum PersonalEventType {

	REPORT_DUE_SOON(EventType.REPORT_DUE_SOON),

	REPORT_OVERDUE(EventType.REPORT_OVERDUE),

	REPORT_ESCALATED(EventType.REPORT_ESCALATED),

	THEME_UPCOMING(EventType.THEME_UPCOMING);

	private final EventType eventType;

	PersonalEventType(EventType eventType) {
		this.eventType = eventType;
	}

	String publicName() {
		return this.eventType.typeName().substring("vn.health.".length());
	}

	String typeName() {
		return this.eventType.typeName();
	}

	static Optional<PersonalEventType> named(String publicName) {
		return Arrays.stream(values()).filter((type) -> type.publicName().equals(publicName)).findFirst();
	}

	static String catalogue() {
		return String.join(", ", Arrays.stream(values()).map(PersonalEventType::publicName).toList());
	}

}
