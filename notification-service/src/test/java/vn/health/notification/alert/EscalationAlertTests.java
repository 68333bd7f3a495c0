package vn.health.notification.alert;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import vn.health.contracts.reporting.ReportEscalated;
import vn.health.notification.delivery.Notice;

import static org.assertj.core.api.Assertions.assertThat;

class EscalationAlertTests {

	private static final ConsoleLinks LINKS = new ConsoleLinks("https://truyenthong.syt.vn/");

	private static final ReportEscalated ESCALATED = new ReportEscalated("p1.r1.tyt-dong-ky", "p1", "91/KH-SYT",
			"Kế hoạch truyền thông y tế tỉnh Bắc Giang năm 2024", "Báo cáo 6 tháng đầu năm", "tyt-dong-ky", "cdc",
			"ttyt-tu-son", at("2024-06-15T00:00+07:00"), 3, at("2024-06-20T08:00+07:00"));

	@Test
	void supervisorLearnsWhichUnitIsLateWithWhatAndIsAskedToUrgeIt() {
		Notice notice = EscalationAlert.toSupervisor(ESCALATED, "TTYT thị xã Từ Sơn", "Trạm Y tế xã Đồng Kỵ", LINKS);

		assertThat(notice.subject()).isEqualTo(
				"[Báo cáo cấp trên] Trạm Y tế xã Đồng Kỵ chưa gửi Báo cáo 6 tháng đầu năm – Kế hoạch 91/KH-SYT");
		assertThat(notice.text()).contains("Kính gửi: TTYT thị xã Từ Sơn,", "- Đơn vị chưa gửi: Trạm Y tế xã Đồng Kỵ",
				"- Hạn gửi: 15/06/2024 00:00 (giờ Việt Nam)", "- Đã quá hạn: 3 ngày làm việc",
				"Đề nghị đơn vị đôn đốc Trạm Y tế xã Đồng Kỵ khẩn trương gửi báo cáo.");
		assertThat(notice.templateData()).containsEntry("unit_name", "TTYT thị xã Từ Sơn")
			.containsEntry("late_unit", "Trạm Y tế xã Đồng Kỵ")
			.containsEntry("working_days_overdue", "3");
		assertThat(notice.template()).isEqualTo("escalated");
	}

	@Test
	void lateUnitLearnsThatItsSupervisorWasTold() {
		Notice notice = EscalationAlert.toLateUnit(ESCALATED, "Trạm Y tế xã Đồng Kỵ", "TTYT thị xã Từ Sơn", LINKS);

		assertThat(notice.subject()).isEqualTo(
				"[Đã báo cáo cấp trên] Báo cáo 6 tháng đầu năm – Kế hoạch 91/KH-SYT: quá hạn 3 ngày làm việc");
		assertThat(notice.text()).contains("Kính gửi: Trạm Y tế xã Đồng Kỵ,",
				"hệ thống đã thông báo tới TTYT thị xã Từ Sơn");
		assertThat(notice.shortText()).endsWith("quá 3 ngày làm việc. Đề nghị gửi báo cáo ngay.");
	}

	private static Instant at(String dateTime) {
		return OffsetDateTime.parse(dateTime).toInstant();
	}

}
