package vn.health.notification.alert;

import java.util.List;
import java.util.Map;

import vn.health.contracts.reporting.ReportDueSoon;
import vn.health.notification.delivery.Letter;
import vn.health.notification.delivery.Notice;

/**
 * Nhắc hạn báo cáo — the Vietnamese reminder that a unit's report falls due in a few days, as e-mail, SMS
 * and the parameters of the Zalo template {@code due-soon}. The days left are the producer's offset
 * ({@code daysBefore}), so a redelivered reminder says the same.
 */
public record DueSoonReminder(String subject, String text, String html, String shortText,
		Map<String, String> templateData) {

	static final String ZALO_TEMPLATE = "due-soon";

	public static DueSoonReminder of(ReportDueSoon dueSoon, String unitName, ConsoleLinks links) {
		String subject = "[Sắp đến hạn] " + dueSoon.requirementTitle() + " – "
				+ OverdueAlert.planLabel(dueSoon.planNumber(), dueSoon.planTitle()) + ": còn " + dueSoon.daysBefore()
				+ " ngày";
		String plan = OverdueAlert.planFact(dueSoon.planNumber(), dueSoon.planTitle());
		String deadline = OverdueAlert.DEADLINE.format(dueSoon.dueAt());
		Letter letter = new Letter(
				List.of("Kính gửi: " + unitName + ",", "Hệ thống xin nhắc hạn gửi báo cáo sau của đơn vị:"),
				List.of(Map.entry("Báo cáo", dueSoon.requirementTitle()), Map.entry("Kế hoạch", plan),
						Map.entry("Hạn gửi", deadline + " (giờ Việt Nam)"),
						Map.entry("Còn lại", dueSoon.daysBefore() + " ngày")),
				"Đề nghị đơn vị hoàn thiện và gửi báo cáo đúng hạn.", links.obligation(dueSoon.obligationId()));
		String shortText = subject + ", hạn " + deadline + ". Đề nghị gửi báo cáo đúng hạn.";
		Map<String, String> templateData = Map.of("unit_name", unitName, "report", dueSoon.requirementTitle(), "plan",
				plan, "due_date", deadline, "days_left", String.valueOf(dueSoon.daysBefore()));
		return new DueSoonReminder(subject, letter.text(), letter.html(), shortText, templateData);
	}

	public Notice toNotice() {
		return new Notice(this.subject, this.text, this.html, this.shortText, ZALO_TEMPLATE, this.templateData);
	}

}
