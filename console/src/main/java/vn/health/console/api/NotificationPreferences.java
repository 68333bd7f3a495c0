package vn.health.console.api;

import java.util.List;
import java.util.Map;

/**
 * Tùy chọn nhận thông báo of a unit (notification-service): the channels it wants and its own addresses for them.
 *
 * @param channels of {@code INBOX}, {@code EMAIL}, {@code SMS}, {@code ZALO}
 * @param email overrides the directory's e-mail address when set
 * @param digest reminders and theme notices once a day as one digest
 * @param eventTypes per channel, the CloudEvents types of the notices it carries ({@code vn.health.report.overdue});
 *        a channel without an entry carries every notice
 */
public record NotificationPreferences(String unitId, List<String> channels, String email, String phone,
		String zaloPhone, boolean digest, Map<String, List<String>> eventTypes) {

	public NotificationPreferences {
		channels = (channels != null) ? channels : List.of();
		eventTypes = (eventTypes != null) ? eventTypes : Map.of();
	}

}
