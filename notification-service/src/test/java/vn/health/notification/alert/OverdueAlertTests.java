package vn.health.notification.alert;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import vn.health.contracts.reporting.ReportOverdue;

import static org.assertj.core.api.Assertions.assertThat;

class OverdueAlertTests {

	private static final ConsoleLinks LINKS = new ConsoleLinks("https://truyenthong.syt.vn/");

	private static final Instant DUE_BEFORE_20_JUNE = OffsetDateTime.parse("2024-06-20T00:00+07:00").toInstant();

	@Test
	void subjectNamesReportAndPlanNumberWithVietnameseDiacritics() {
		OverdueAlert alert = OverdueAlert.of(overdue("91/KH-SYT", at("2024-06-20T08:00+07:00")),
				"Trung tâm Y tế huyện Yên Thế", LINKS);

		assertThat(alert.subject()).isEqualTo("[Quá hạn] Báo cáo 6 tháng đầu năm – Kế hoạch 91/KH-SYT");
	}

	@Test
	void bodyShowsUnitPlanReportDeadlineInVietnamTimeAndDaysOverdue() {
		OverdueAlert alert = OverdueAlert.of(overdue("91/KH-SYT", at("2024-06-24T08:00+07:00")),
				"Trung tâm Y tế huyện Yên Thế", LINKS);

		assertThat(alert.text()).contains("Kính gửi: Trung tâm Y tế huyện Yên Thế",
				"- Báo cáo: Báo cáo 6 tháng đầu năm",
				"- Kế hoạch: 91/KH-SYT – Kế hoạch truyền thông y tế tỉnh Bắc Giang năm 2024",
				"- Hạn gửi: 20/06/2024 00:00 (giờ Việt Nam)", "- Đã quá hạn: 5 ngày");
		assertThat(alert.html()).contains("<strong>Hạn gửi:</strong> 20/06/2024 00:00",
				"<strong>Đã quá hạn:</strong> 5 ngày", "Trung tâm Y tế huyện Yên Thế");
	}

	@Test
	void htmlEscapesMarkupButKeepsVietnameseLetters() {
		OverdueAlert alert = OverdueAlert.of(overdue("91/KH-SYT", at("2024-06-20T08:00+07:00")),
				"Trạm Y tế xã <An> & Bình", LINKS);

		assertThat(alert.html()).contains("Trạm Y tế xã &lt;An&gt; &amp; Bình").doesNotContain("&aacute;");
	}

	@Test
	void planWithoutNumberIsNamedByItsTitle() {
		OverdueAlert alert = OverdueAlert.of(overdue(" ", at("2024-06-20T08:00+07:00")), "TTYT Tân Yên", LINKS);

		assertThat(alert.subject())
			.isEqualTo("[Quá hạn] Báo cáo 6 tháng đầu năm – Kế hoạch truyền thông y tế tỉnh Bắc Giang năm 2024");
		assertThat(alert.text()).contains("- Kế hoạch: Kế hoạch truyền thông y tế tỉnh Bắc Giang năm 2024\n");
	}

	@Test
	void reportDueBeforeADayIsOneDayLateOnThatDay() {
		assertThat(OverdueAlert.daysOverdue(DUE_BEFORE_20_JUNE, at("2024-06-20T08:00+07:00"))).isEqualTo(1);
		assertThat(OverdueAlert.daysOverdue(DUE_BEFORE_20_JUNE, at("2024-06-20T23:59+07:00"))).isEqualTo(1);
		assertThat(OverdueAlert.daysOverdue(DUE_BEFORE_20_JUNE, at("2024-06-24T08:00+07:00"))).isEqualTo(5);
	}

	@Test
	void daysOverdueAreCountedInVietnamNotUtc() {
		// 17:30 UTC on 20/6 is already 00:30 on 21/6 in Hà Nội.
		assertThat(OverdueAlert.daysOverdue(DUE_BEFORE_20_JUNE, Instant.parse("2024-06-20T16:30:00Z"))).isEqualTo(1);
		assertThat(OverdueAlert.daysOverdue(DUE_BEFORE_20_JUNE, Instant.parse("2024-06-20T17:30:00Z"))).isEqualTo(2);
	}

	@Test
	void reportDueAtEndOfADayIsOneDayLateTheNextDay() {
		Instant endOf15June = at("2024-06-16T00:00+07:00");

		assertThat(OverdueAlert.daysOverdue(endOf15June, at("2024-06-16T07:00+07:00"))).isEqualTo(1);
	}

	@Test
	void anOverdueReportIsAtLeastOneDayLate() {
		assertThat(OverdueAlert.daysOverdue(DUE_BEFORE_20_JUNE, DUE_BEFORE_20_JUNE)).isEqualTo(1);
	}

	private static ReportOverdue overdue(String planNumber, Instant detectedAt) {
		return new ReportOverdue("plan-1.r1.ttyt-yen-the", "plan-1", planNumber,
				"Kế hoạch truyền thông y tế tỉnh Bắc Giang năm 2024", "Báo cáo 6 tháng đầu năm", "ttyt-yen-the", "cdc",
				DUE_BEFORE_20_JUNE, detectedAt);
	}

	@Test
	void letterLinksToTheObligationsPageInTheConsole() {
		OverdueAlert alert = OverdueAlert.of(overdue("91/KH-SYT", at("2024-06-20T08:00+07:00")), "TTYT Tân Yên", LINKS);

		assertThat(alert.text()).contains("Xem chi tiết: https://truyenthong.syt.vn/bao-cao/plan-1.r1.ttyt-yen-the");
		assertThat(alert.html()).contains(
				"<a href=\"https://truyenthong.syt.vn/bao-cao/plan-1.r1.ttyt-yen-the\">Xem chi tiết trên Hệ thống</a>");
	}

	private static Instant at(String vietnamTime) {
		return OffsetDateTime.parse(vietnamTime).toInstant();
	}

}
