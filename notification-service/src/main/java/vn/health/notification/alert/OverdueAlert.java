package vn.health.notification.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import vn.health.contracts.reporting.ReportOverdue;
import vn.health.notification.delivery.Letter;
import vn.health.notification.delivery.Notice;
import vn.health.notification.schedule.QuietHours;

/**
 * Cảnh báo quá hạn — the Vietnamese text that tells a unit its report is overdue, as e-mail, SMS and the
 * parameters of the Zalo template {@code overdue}.
 */
public record OverdueAlert(String subject, String text, String html, String shortText,
		Map<String, String> templateData) {

	/** Deadlines are Vietnamese civil time, whatever the server's zone (DESIGN "Deadlines"). */
	static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(QuietHours.VIETNAM);

	static final String ZALO_TEMPLATE = "overdue";

	public static OverdueAlert of(ReportOverdue overdue, String unitName, ConsoleLinks links) {
		String subject = "[Quá hạn] " + overdue.requirementTitle() + " – "
				+ planLabel(overdue.planNumber(), overdue.planTitle());
		String plan = planFact(overdue.planNumber(), overdue.planTitle());
		String deadline = DEADLINE.format(overdue.dueAt());
		long days = daysOverdue(overdue.dueAt(), overdue.detectedAt());
		Letter letter = new Letter(
				List.of("Kính gửi: " + unitName + ",", "Hệ thống ghi nhận đơn vị chưa gửi đúng hạn báo cáo sau:"),
				List.of(Map.entry("Báo cáo", overdue.requirementTitle()), Map.entry("Kế hoạch", plan),
						Map.entry("Hạn gửi", deadline + " (giờ Việt Nam)"), Map.entry("Đã quá hạn", days + " ngày")),
				"Đề nghị đơn vị khẩn trương hoàn thiện và gửi báo cáo.", links.obligation(overdue.obligationId()));
		String shortText = subject + ": hạn " + deadline + ", đã quá " + days + " ngày. Đề nghị gửi báo cáo.";
		Map<String, String> templateData = Map.of("unit_name", unitName, "report", overdue.requirementTitle(), "plan",
				plan, "due_date", deadline, "days_overdue", String.valueOf(days));
		return new OverdueAlert(subject, letter.text(), letter.html(), shortText, templateData);
	}

	/** "Kế hoạch 91/KH-SYT", or the plan's title when it has no number yet. */
	static String planLabel(String planNumber, String planTitle) {
		return isNumbered(planNumber) ? "Kế hoạch " + planNumber : planTitle;
	}

	static String planFact(String planNumber, String planTitle) {
		return isNumbered(planNumber) ? planNumber + " – " + planTitle : planTitle;
	}

	private static boolean isNumbered(String planNumber) {
		return planNumber != null && !planNumber.isBlank();
	}

	/**
	 * Calendar days late in Vietnam: a report due before 20/6 (due at 20/6 00:00) is 1 day late on
	 * 20/6 and 5 days late on 24/6. Counted up to the sweep's instant, not the wall clock, so a
	 * redelivered or replayed event says the same. At least 1: the producer decided it is overdue.
	 */
	static long daysOverdue(Instant dueAt, Instant detectedAt) {
		LocalDate lastDayOnTime = dueAt.minusNanos(1).atZone(QuietHours.VIETNAM).toLocalDate();
		LocalDate detectedOn = detectedAt.atZone(QuietHours.VIETNAM).toLocalDate();
		return Math.max(1, ChronoUnit.DAYS.between(lastDayOnTime, detectedOn));
	}

	public Notice toNotice() {
		return new Notice(this.subject, this.text, this.html, this.shortText, ZALO_TEMPLATE, this.templateData);
	}

}
