package vn.health.notification.preference;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.notification.delivery.Channel;
import vn.health.notification.directory.Unit;

/**
 * Tùy chọn nhận thông báo — which channels a unit wants, and its own addresses for them. A unit that never
 * chose gets {@link #defaults}: inbox and e-mail to the directory's address.
 *
 * @param email overrides the directory's e-mail address when set
 * @param phone the mobile number for SMS, {@code 84xxxxxxxxx}
 * @param zaloPhone the mobile number whose Zalo account receives template messages, {@code 84xxxxxxxxx}
 * @param digest whether reminders and theme notices go out once a day as one digest (the inbox gets each at once)
 * @param eventTypes per channel, the CloudEvents types of the notices it carries ({@code vn.health.report.overdue});
 *        a channel without an entry carries every notice
 */
@Document("preferences")
public record Preferences(@Id String unitId, Set<Channel> channels, String email, String phone, String zaloPhone,
		Instant updatedAt, boolean digest, Map<Channel, List<String>> eventTypes) {

	public Preferences {
		eventTypes = (eventTypes != null) ? Map.copyOf(eventTypes) : Map.of();
	}

	public static Preferences defaults(String unitId) {
		return new Preferences(unitId, EnumSet.of(Channel.INBOX, Channel.EMAIL), null, null, null, null, false,
				Map.of());
	}

	public boolean isOn(Channel channel) {
		return this.channels.contains(channel);
	}

	/** Whether {@code channel} is on and carries notices of {@code eventType} (a CloudEvents type). */
	public boolean wants(Channel channel, String eventType) {
		List<String> chosen = this.eventTypes.get(channel);
		return isOn(channel) && (chosen == null || chosen.contains(eventType));
	}

	/** Where the channel reaches the unit, {@code null} when it has no address for it. */
	public String addressFor(Channel channel, Unit unit) {
		return switch (channel) {
			case EMAIL -> (this.email != null) ? this.email : unit.emailAddress().orElse(null);
			case SMS -> this.phone;
			case ZALO -> this.zaloPhone;
			case INBOX -> null;
		};
	}

}
