package vn.health.notification.preference;

import java.time.Instant;
import java.util.EnumSet;
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
 */
@Document("preferences")
public record Preferences(@Id String unitId, Set<Channel> channels, String email, String phone, String zaloPhone,
		Instant updatedAt, boolean digest) {

	public static Preferences defaults(String unitId) {
		return new Preferences(unitId, EnumSet.of(Channel.INBOX, Channel.EMAIL), null, null, null, null, false);
	}

	public boolean isOn(Channel channel) {
		return this.channels.contains(channel);
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
