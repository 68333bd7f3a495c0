package vn.health.notification.preference;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.health.notification.delivery.Channel;
import vn.health.notification.delivery.EnumNames;
import vn.health.notification.delivery.NoticeType;
import vn.health.servicekit.web.InputErrors;

/**
 * Yêu cầu đặt tùy chọn — the body of {@code PUT /api/notifications/preferences}, as sent.
 *
 * @param eventTypes per channel, the notices it carries ({@code {"SMS": ["report.overdue"]}}); a channel left out
 *        carries every notice
 */
public record PreferencesRequest(String unit, List<String> channels, String email, String phone, String zaloPhone,
		Boolean digest, Map<String, List<String>> eventTypes) {

	/** Checks every field at once and normalises the phone numbers to {@code 84xxxxxxxxx}. */
	public Preferences toPreferences(Instant now) {
		Set<Channel> chosen = EnumSet.noneOf(Channel.class);
		List<String> unknown = (this.channels != null) ? this.channels.stream()
			.filter((name) -> EnumNames.parse(Channel.class, name).map(chosen::add).isEmpty())
			.toList() : List.of();
		String mobile = ContactAddresses.mobile(this.phone);
		String zaloMobile = ContactAddresses.mobile(this.zaloPhone);
		InputErrors errors = new InputErrors().requireText(this.unit, "unit", "Cần chọn đơn vị", "unit (the unit id) is required")
			.check(this.channels != null && !this.channels.isEmpty(), "channels", "Cần bật ít nhất một kênh",
					"At least one channel must be on")
			.check(unknown.isEmpty(), "channels", "Kênh không hợp lệ: " + unknown + " (INBOX, EMAIL, SMS, ZALO)",
					"Unknown channels: " + unknown + " (INBOX, EMAIL, SMS, ZALO)")
			.check(this.email == null || ContactAddresses.isEmail(this.email), "email",
					"Địa chỉ thư điện tử không hợp lệ", "Not a valid e-mail address")
			.check(this.phone == null || mobile != null, "phone", "Số điện thoại di động không hợp lệ (ví dụ 0912345678)",
					"Not a valid Vietnamese mobile number (e.g. 0912345678)")
			.check(!chosen.contains(Channel.SMS) || this.phone != null, "phone", "Cần số điện thoại để nhận SMS",
					"A phone number is required for SMS")
			.check(this.zaloPhone == null || zaloMobile != null, "zaloPhone",
					"Số điện thoại Zalo không hợp lệ (ví dụ 0912345678)",
					"Not a valid Vietnamese mobile number for Zalo (e.g. 0912345678)")
			.check(!chosen.contains(Channel.ZALO) || this.zaloPhone != null, "zaloPhone",
					"Cần số điện thoại Zalo để nhận tin Zalo", "A Zalo phone number is required for Zalo");
		Map<Channel, List<String>> types = eventTypes(chosen, errors);
		errors.throwIfAny();
		return new Preferences(this.unit.strip(), chosen, (this.email != null) ? this.email.strip() : null, mobile,
				zaloMobile, now, Boolean.TRUE.equals(this.digest), types);
	}

	/** Each entry checked: a channel that is on, and at least one known notice type. */
	private Map<Channel, List<String>> eventTypes(Set<Channel> chosen, InputErrors errors) {
		Map<Channel, List<String>> types = new EnumMap<>(Channel.class);
		if (this.eventTypes == null) {
			return types;
		}
		this.eventTypes.forEach((name, listed) -> {
			Optional<Channel> channel = EnumNames.parse(Channel.class, name);
			List<String> named = (listed != null) ? listed : List.of();
			List<String> unknownTypes = named.stream().filter((type) -> NoticeType.named(type).isEmpty()).toList();
			String field = "eventTypes." + name;
			errors.check(channel.filter(chosen::contains).isPresent(), field,
					"Chỉ chọn loại thông báo cho kênh đang bật: " + name,
					"Event types may be chosen only for a channel that is on: " + name)
				.check(!named.isEmpty() && unknownTypes.isEmpty(), field,
						"Loại thông báo không hợp lệ: " + unknownTypes + " (" + NoticeType.catalogue() + ")",
						"Unknown or missing event types: " + unknownTypes + " (" + NoticeType.catalogue() + ")");
			channel.filter((on) -> unknownTypes.isEmpty())
				.ifPresent((on) -> types.put(on, named.stream()
					.map((type) -> NoticeType.named(type).orElseThrow().typeName())
					.distinct()
					.toList()));
		});
		return types;
	}

}
