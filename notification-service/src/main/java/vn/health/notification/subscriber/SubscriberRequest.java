package vn.health.notification.subscriber;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.health.notification.delivery.Channel;
import vn.health.notification.delivery.EnumNames;
import vn.health.notification.delivery.NoticeType;
import vn.health.notification.preference.ContactAddresses;
import vn.health.servicekit.web.InputErrors;

/**
 * Đăng ký nhận thông báo — the body of {@code POST /api/notifications/subscribers}:
 * {@code {"unit", "name", "email", "phone", "channels": ["EMAIL","SMS"], "eventTypes": ["report.overdue"]}}.
 */
record SubscriberRequest(String unit, String name, String email, String phone, List<String> channels,
		List<String> eventTypes) {

	private static final Set<Channel> PERSONAL_CHANNELS = EnumSet.of(Channel.EMAIL, Channel.SMS);

	/** Checks every field at once; a new subscriber of {@code subject} with its phone as {@code 84xxxxxxxxx}. */
	Subscriber toSubscriber(String subject, Instant now) {
		List<String> chosen = (this.channels != null) ? this.channels : List.of();
		List<Channel> known = chosen.stream()
			.flatMap((name) -> EnumNames.parse(Channel.class, name).stream())
			.filter(PERSONAL_CHANNELS::contains)
			.toList();
		List<String> types = (this.eventTypes != null) ? this.eventTypes : List.of();
		List<String> unknownTypes = types.stream().filter((type) -> NoticeType.named(type).isEmpty()).toList();
		String mobile = ContactAddresses.mobile(this.phone);
		new InputErrors().requireText(this.unit, "unit", "Cần chọn đơn vị", "unit (the unit id) is required")
			.requireText(this.name, "name", "Cần nhập họ và tên", "name is required")
			.check(!chosen.isEmpty() && known.size() == chosen.size(), "channels",
					"Cần chọn kênh EMAIL và/hoặc SMS", "channels must be EMAIL and/or SMS")
			.check(!types.isEmpty() && unknownTypes.isEmpty(), "eventTypes",
					"Loại thông báo không hợp lệ: " + unknownTypes + " (" + NoticeType.catalogue() + ")",
					"Unknown or missing event types: " + unknownTypes + " (" + NoticeType.catalogue() + ")")
			.check(this.email == null || ContactAddresses.isEmail(this.email), "email",
					"Địa chỉ thư điện tử không hợp lệ", "Not a valid e-mail address")
			.check(!known.contains(Channel.EMAIL) || this.email != null, "email", "Cần địa chỉ thư điện tử để nhận thư",
					"An e-mail address is required for EMAIL")
			.check(this.phone == null || mobile != null, "phone",
					"Số điện thoại di động không hợp lệ (ví dụ 0912345678)",
					"Not a valid Vietnamese mobile number (e.g. 0912345678)")
			.check(!known.contains(Channel.SMS) || this.phone != null, "phone", "Cần số điện thoại để nhận SMS",
					"A phone number is required for SMS")
			.throwIfAny();
		return new Subscriber(UUID.randomUUID().toString(), this.unit.strip(), this.name.strip(),
				(this.email != null) ? this.email.strip() : null, mobile, EnumSet.copyOf(known),
				types.stream().map((type) -> NoticeType.named(type).orElseThrow().typeName()).distinct().toList(),
				now, subject);
	}

}
