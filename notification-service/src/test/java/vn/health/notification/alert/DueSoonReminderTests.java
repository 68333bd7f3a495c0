package vn.health.notification.alert;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import vn.health.contracts.reporting.ReportDueSoon;

import static org.assertj.core.api.Assertions.assertThat;

class DueSoonReminderTests {

	private static final ConsoleLinks LINKS = new ConsoleLinks("https://truyenthong.syt.vn/");

	private static final Instant DUE_BEFORE_20_JUNE = OffsetDateTime.parse("2024-06-20T00:00+07:00").toInstant();

	@Test
	void subjectNamesReportPlanNumberAndDaysLeftWithVietnameseDiacritics() {
		DueSoonReminder reminder = DueSoonReminder.of(dueSoon("91/KH-SYT", 3), "Trung tâm Y tế huyện Yên Thế", LINKS);

		assertThat(reminder.subject()).isEqualTo("[Sắp đến hạn] Báo cáo 6 tháng đầu năm – Kế hoạch 91/KH-SYT: còn 3 ngày");
	}

	@Test
	void bodyShowsTheDeadlineInVietnamTimeNotUtc() {
		DueSoonReminder reminder = DueSoonReminder.of(dueSoon("91/KH-SYT", 7), "Trung tâm Y tế huyện Yên Thế", LINKS);

		assertThat(reminder.text()).contains("Kính gửi: Trung tâm Y tế huyện Yên Thế,",
				"- Kế hoạch: 91/KH-SYT – Kế hoạch truyền thông y tế tỉnh Bắc Giang năm 2024",
				"- Hạn gửi: 20/06/2024 00:00 (giờ Việt Nam)", "- Còn lại: 7 ngày",
				"Đề nghị đơn vị hoàn thiện và gửi báo cáo đúng hạn.");
		assertThat(reminder.html()).contains("<strong>Hạn gửi:</strong> 20/06/2024 00:00");
		assertThat(reminder.shortText()).contains("còn 7 ngày", "hạn 20/06/2024 00:00");
		assertThat(reminder.templateData()).containsEntry("days_left", "7").containsEntry("due_date", "20/06/2024 00:00");
	}

	@Test
	void planWithoutNumberIsNamedByItsTitle() {
		DueSoonReminder reminder = DueSoonReminder.of(dueSoon(null, 1), "TTYT Tân Yên", LINKS);

		assertThat(reminder.subject()).isEqualTo(
				"[Sắp đến hạn] Báo cáo 6 tháng đầu năm – Kế hoạch truyền thông y tế tỉnh Bắc Giang năm 2024: còn 1 ngày");
	}

	@Test
	void reminderUsesItsOwnZaloTemplate() {
		assertThat(DueSoonReminder.of(dueSoon("91/KH-SYT", 3), "TTYT Tân Yên", LINKS).toNotice().template())
			.isEqualTo("due-soon");
	}

	private static ReportDueSoon dueSoon(String planNumber, int daysBefore) {
		return new ReportDueSoon("plan-1.r1.ttyt-yen-the", "plan-1", planNumber,
				"Kế hoạch truyền thông y tế tỉnh Bắc Giang năm 2024", "Báo cáo 6 tháng đầu năm", "ttyt-yen-the", "cdc",
				DUE_BEFORE_20_JUNE, daysBefore, DUE_BEFORE_20_JUNE.minusSeconds(daysBefore * 86_400L));
	}

}
