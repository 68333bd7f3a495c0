package vn.health.notification.alert;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

import vn.health.contracts.reporting.ReportOverdue;
import vn.health.notification.delivery.Notice;

import static java.util.stream.Collectors.joining;

/**
 * Cảnh báo quá hạn — the Vietnamese text that tells a unit its report is overdue, as e-mail, SMS and the
 * parameters of the Zalo template {@code overdue}.
 */
public record OverdueAlert(String subject, String text, String html, String shortText,
		Map<String, String> templateData) {

	/** Deadlines are Vietnamese civil time, whatever the server's zone (DESIGN "Deadlines"). */
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);

	static final String ZALO_TEMPLATE = "overdue";

	public static OverdueAlert of(ReportOverdue overdue, String unitName) {
		boolean numbered = overdue.planNumber() != null && !overdue.planNumber().isBlank();
		String subject = "[Quá hạn] " + overdue.requirementTitle() + " – "
				+ (numbered ? "Kế hoạch " + overdue.planNumber() : overdue.planTitle());
		String plan = numbered ? overdue.planNumber() + " – " + overdue.planTitle() : overdue.planTitle();
		String deadline = DEADLINE.format(overdue.dueAt());
		long days = daysOverdue(overdue.dueAt(), overdue.detectedAt());
		List<Map.Entry<String, String>> facts = List.of(Map.entry("Báo cáo", overdue.requirementTitle()),
				Map.entry("Kế hoạch", plan), Map.entry("Hạn gửi", deadline + " (giờ Việt Nam)"),
				Map.entry("Đã quá hạn", days + " ngày"));
		List<String> before = List.of("Kính gửi: " + unitName + ",",
				"Hệ thống ghi nhận đơn vị chưa gửi đúng hạn báo cáo sau:");
		String request = "Đề nghị đơn vị khẩn trương hoàn thiện và gửi báo cáo.";
		String footer = "Thư được gửi tự động từ Hệ thống Truyền thông Y tế, vui lòng không trả lời thư này.";

		String text = String.join("\n\n", before) + "\n\n"
				+ facts.stream().map((fact) -> "- " + fact.getKey() + ": " + fact.getValue() + "\n").collect(joining())
				+ "\n" + request + "\n\n" + footer + "\n";
		String html = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"></head><body>"
				+ before.stream().map((line) -> "<p>" + escape(line) + "</p>").collect(joining()) + "<ul>"
				+ facts.stream()
					.map((fact) -> "<li><strong>" + escape(fact.getKey()) + ":</strong> " + escape(fact.getValue())
							+ "</li>")
					.collect(joining())
				+ "</ul><p>" + escape(request) + "</p><p><small>" + escape(footer) + "</small></p></body></html>";
		String shortText = subject + ": hạn " + deadline + ", đã quá " + days + " ngày. Đề nghị gửi báo cáo.";
		Map<String, String> templateData = Map.of("unit_name", unitName, "report", overdue.requirementTitle(), "plan",
				plan, "due_date", deadline, "days_overdue", String.valueOf(days));
		return new OverdueAlert(subject, text, html, shortText, templateData);
	}

	/**
	 * Calendar days late in Vietnam: a report due before 20/6 (due at 20/6 00:00) is 1 day late on
	 * 20/6 and 5 days late on 24/6. Counted up to the sweep's instant, not the wall clock, so a
	 * redelivered or replayed event says the same. At least 1: the producer decided it is overdue.
	 */
	static long daysOverdue(Instant dueAt, Instant detectedAt) {
		LocalDate lastDayOnTime = dueAt.minusNanos(1).atZone(VIETNAM).toLocalDate();
		LocalDate detectedOn = detectedAt.atZone(VIETNAM).toLocalDate();
		return Math.max(1, ChronoUnit.DAYS.between(lastDayOnTime, detectedOn));
	}

	public Notice toNotice() {
		return new Notice(this.subject, this.text, this.html, this.shortText, ZALO_TEMPLATE, this.templateData);
	}

	/** Escapes markup only; Vietnamese letters stay as they are (the mail is UTF-8). */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
