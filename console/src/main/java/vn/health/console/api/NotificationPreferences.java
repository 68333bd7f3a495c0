package vn.health.console.api;

import java.util.List;

/**
 * Tùy chọn nhận thông báo of a unit (notification-service): the channels it wants and its own addresses for them.
 *
 * @param channels of {@code INBOX}, {@code EMAIL}, {@code SMS}, {@code ZALO}
 * @param email overrides the directory's e-mail address when set
 * @param digest reminders and theme notices once a day as one digest
 */
public record NotificationPreferences(String unitId, List<String> channels, String email, String phone,
		String zaloPhone, boolean digest) {

	public NotificationPreferences {
		channels = (channels != null) ? channels : List.of();
	}

}
