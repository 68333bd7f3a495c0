package vn.health.notification.webhook;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

import vn.health.contracts.EventType;

/**
 * Danh mục sự kiện công khai — the events an outside system may subscribe to. The public name is the CloudEvents
 * type without the {@code vn.health.} prefix: {@code report.overdue} arrives with type
 * {@code vn.health.report.overdue}.
 */
public enum WebhookEventType {

	PLAN_ISSUED(EventType.PLAN_ISSUED),

	PLAN_AMENDED(EventType.PLAN_AMENDED),

	REPORT_SUBMITTED(EventType.REPORT_SUBMITTED),

	REPORT_OVERDUE(EventType.REPORT_OVERDUE),

	REPORT_ESCALATED(EventType.REPORT_ESCALATED);

	private static final String PREFIX = "vn.health.";

	private final EventType eventType;

	WebhookEventType(EventType eventType) {
		this.eventType = eventType;
	}

	/** {@code report.overdue}, also its JSON form. */
	@JsonValue
	public String publicName() {
		return this.eventType.typeName().substring(PREFIX.length());
	}

	/** {@code vn.health.report.overdue}. */
	public String cloudEventType() {
		return this.eventType.typeName();
	}

	public static Optional<WebhookEventType> named(String publicName) {
		return Arrays.stream(values()).filter((type) -> type.publicName().equals(publicName)).findFirst();
	}

	public static Optional<WebhookEventType> of(EventType eventType) {
		return Arrays.stream(values()).filter((type) -> type.eventType == eventType).findFirst();
	}

	static String catalogue() {
		return String.join(", ", Arrays.stream(values()).map(WebhookEventType::publicName).toList());
	}

}
