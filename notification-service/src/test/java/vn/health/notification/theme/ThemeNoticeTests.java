package vn.health.notification.theme;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.health.contracts.calendar.ThemeUpcoming;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeNoticeTests {

	@Test
	void aThemeDayIsAnnouncedWithItsDateAndDaysLeftInVietnamese() {
		ThemeNotice notice = ThemeNotice.of(theme("Ngày Thế giới phòng, chống lao", LocalDate.of(2024, 3, 24),
				LocalDate.of(2024, 3, 24), "91/KH-SYT", 14), "Trung tâm Y tế huyện Yên Thế");

		assertThat(notice.subject()).isEqualTo("[Sắp đến] Ngày Thế giới phòng, chống lao – 24/03/2024: còn 14 ngày");
		assertThat(notice.text()).contains("Kính gửi: Trung tâm Y tế huyện Yên Thế,",
				"- Chủ đề: Ngày Thế giới phòng, chống lao", "- Thời gian: 24/03/2024", "- Theo kế hoạch: 91/KH-SYT",
				"- Còn lại: 14 ngày");
	}

	@Test
	void aMonthOrCampaignIsAnnouncedWithItsRange() {
		ThemeNotice notice = ThemeNotice.of(theme("Tháng hành động vì an toàn thực phẩm", LocalDate.of(2024, 4, 15),
				LocalDate.of(2024, 5, 15), null, 3), "Trạm Y tế xã Bố Hạ");

		assertThat(notice.subject())
			.isEqualTo("[Sắp đến] Tháng hành động vì an toàn thực phẩm – 15/04/2024 – 15/05/2024: còn 3 ngày");
		assertThat(notice.text()).doesNotContain("Theo kế hoạch");
	}

	@Test
	void htmlEscapesMarkupButKeepsVietnameseLetters() {
		ThemeNotice notice = ThemeNotice.of(theme("Ngày <Sức khỏe> & Vệ sinh", LocalDate.of(2024, 4, 7),
				LocalDate.of(2024, 4, 7), null, 3), "Trạm Y tế xã Bố Hạ");

		assertThat(notice.html()).contains("Ngày &lt;Sức khỏe&gt; &amp; Vệ sinh", "Trạm Y tế xã Bố Hạ");
	}

	private static ThemeUpcoming theme(String name, LocalDate start, LocalDate end, String planNumber, int daysBefore) {
		return new ThemeUpcoming("NATIONAL:t-1", "t-1", "theme-1", name, start, end, "DAY",
				(planNumber != null) ? "PLAN" : "NATIONAL", null, planNumber, List.of(), daysBefore,
				Instant.parse("2024-03-10T01:00:00Z"));
	}

}
