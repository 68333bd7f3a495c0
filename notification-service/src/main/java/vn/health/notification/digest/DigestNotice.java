package vn.health.notification.digest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import vn.health.notification.delivery.Letter;
import vn.health.notification.delivery.Notice;

/**
 * Bản tin tổng hợp — one message for a unit's waiting small notices: "[Tổng hợp] 5 báo cáo sắp đến hạn, 1 ngày
 * chủ đề sắp tới", listing each, for e-mail, SMS and the Zalo template {@code digest}.
 */
final class DigestNotice {

	static final String ZALO_TEMPLATE = "digest";

	private DigestNotice() {
	}

	static Notice of(String unitName, List<DigestItem> items) {
		String summary = String.join(", ", Arrays.stream(DigestKind.values()).map((kind) -> {
			long n = items.stream().filter((item) -> item.kind() == kind).count();
			return (n > 0) ? kind.count(n) : null;
		}).filter(Objects::nonNull).toList());
		String subject = "[Tổng hợp] " + summary;
		Letter letter = new Letter(List.of("Kính gửi: " + unitName + ",", "Tổng hợp thông báo gửi đơn vị:"),
				items.stream().map((item) -> Map.entry("Thông báo", item.subject())).toList(),
				"Chi tiết từng thông báo có trong hộp thư của đơn vị trên Hệ thống.");
		return new Notice(subject, letter.text(), letter.html(), subject + ". Xem chi tiết trong hộp thư trên Hệ thống.",
				ZALO_TEMPLATE, Map.of("unit_name", unitName, "summary", summary));
	}

}
