package vn.health.notification.preference;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.health.notification.delivery.Channel;
import vn.health.servicekit.web.InputErrors;

/** Yêu cầu đặt tùy chọn — the body of {@code PUT /api/notifications/preferences}, as sent. */
public record PreferencesRequest(String unit, List<String> channels, String email, String phone, String zaloPhone,
		Boolean digest) {

	/** Checks every field at once and normalises the phone numbers to {@code 84xxxxxxxxx}. */
	public Preferences toPreferences(Instant now) {
		Set<Channel> chosen = EnumSet.noneOf(Channel.class);
		List<String> unknown = (this.channels != null) ? this.channels.stream()
			.filter((name) -> !addTo(chosen, name))
			.toList() : List.of();
		String mobile = ContactAddresses.mobile(this.phone);
		String zaloMobile = ContactAddresses.mobile(this.zaloPhone);
		new InputErrors().requireText(this.unit, "unit", "Cần chọn đơn vị", "unit (the unit id) is required")
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
					"Cần số điện thoại Zalo để nhận tin Zalo", "A Zalo phone number is required for Zalo")
			.throwIfAny();
		return new Preferences(this.unit.strip(), chosen, (this.email != null) ? this.email.strip() : null, mobile,
				zaloMobile, now, Boolean.TRUE.equals(this.digest));
	}

	private static boolean addTo(Set<Channel> chosen, String name) {
		try {
			chosen.add(Channel.valueOf(String.valueOf(name).strip().toUpperCase(Locale.ROOT)));
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

}
