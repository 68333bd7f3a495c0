package vn.health.notification.digest;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.health.notification.delivery.Notice;

import static org.assertj.core.api.Assertions.assertThat;

class DigestNoticeTests {

	private static final Instant MORNING = Instant.parse("2024-06-20T00:30:00Z");

	@Test
	void subjectCountsEachKindAndTheLetterListsEveryNotice() {
		List<DigestItem> items = List.of(item("e1", DigestKind.REMINDER, "[Sắp đến hạn] Báo cáo quý II"),
				item("e2", DigestKind.THEME, "[Sắp đến] Ngày Thế giới phòng, chống lao – 24/03/2024"),
				item("e3", DigestKind.REMINDER, "[Sắp đến hạn] Báo cáo 6 tháng đầu năm"));

		Notice notice = DigestNotice.of("Trạm Y tế xã Đồng Kỵ", items);

		assertThat(notice.subject()).isEqualTo("[Tổng hợp] 2 báo cáo sắp đến hạn, 1 ngày chủ đề sắp tới");
		assertThat(notice.text()).contains("Kính gửi: Trạm Y tế xã Đồng Kỵ,",
				"- Thông báo: [Sắp đến hạn] Báo cáo quý II", "- Thông báo: [Sắp đến hạn] Báo cáo 6 tháng đầu năm",
				"- Thông báo: [Sắp đến] Ngày Thế giới phòng, chống lao – 24/03/2024");
		assertThat(notice.templateData()).containsEntry("summary", "2 báo cáo sắp đến hạn, 1 ngày chủ đề sắp tới");
	}

	@Test
	void onlyKindsPresentAreCounted() {
		assertThat(DigestNotice.of("TTYT Tân Yên", List.of(item("e1", DigestKind.THEME, "[Sắp đến] Ngày X"))).subject())
			.isEqualTo("[Tổng hợp] 1 ngày chủ đề sắp tới");
	}

	private static DigestItem item(String eventId, DigestKind kind, String subject) {
		return new DigestItem(eventId + "|tyt", "tyt", "vn.health.report.due-soon", kind, subject, MORNING, false);
	}

}
