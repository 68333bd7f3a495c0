package vn.health.notification.alert;

import java.util.List;
import java.util.Map;

import vn.health.contracts.reporting.ReportEscalated;
import vn.health.notification.delivery.Letter;
import vn.health.notification.delivery.Notice;

/**
 * Báo cáo cấp trên — a report still missing some working days after its deadline: one notice to the supervising
 * unit (to urge its subordinate) and one to the late unit (that its supervisor now knows), as e-mail, SMS and the
 * parameters of the Zalo template {@code escalated}. The working days are the producer's stage, so a redelivered
 * event says the same.
 */
public final class EscalationAlert {

	static final String ZALO_TEMPLATE = "escalated";

	private EscalationAlert() {
	}

	/** To the supervising unit: which of its units is late with what. */
	public static Notice toSupervisor(ReportEscalated escalated, String supervisorName, String lateUnitName,
			ConsoleLinks links) {
		String subject = "[Báo cáo cấp trên] " + lateUnitName + " chưa gửi " + escalated.requirementTitle() + " – "
				+ OverdueAlert.planLabel(escalated.planNumber(), escalated.planTitle());
		Letter letter = new Letter(
				List.of("Kính gửi: " + supervisorName + ",",
						"Đơn vị trực thuộc sau chưa gửi báo cáo dù đã quá hạn " + escalated.workingDaysOverdue()
								+ " ngày làm việc:"),
				facts(escalated, lateUnitName), "Đề nghị đơn vị đôn đốc " + lateUnitName + " khẩn trương gửi báo cáo.",
				links.obligation(escalated.obligationId()));
		return notice(subject, letter, escalated, supervisorName, lateUnitName, "Đề nghị đôn đốc đơn vị.");
	}

	/** To the late unit: its supervisor has been told. */
	public static Notice toLateUnit(ReportEscalated escalated, String lateUnitName, String supervisorName,
			ConsoleLinks links) {
		String subject = "[Đã báo cáo cấp trên] " + escalated.requirementTitle() + " – "
				+ OverdueAlert.planLabel(escalated.planNumber(), escalated.planTitle()) + ": quá hạn "
				+ escalated.workingDaysOverdue() + " ngày làm việc";
		Letter letter = new Letter(
				List.of("Kính gửi: " + lateUnitName + ",",
						"Báo cáo sau của đơn vị đã quá hạn " + escalated.workingDaysOverdue()
								+ " ngày làm việc; hệ thống đã thông báo tới " + supervisorName + ":"),
				facts(escalated, lateUnitName), "Đề nghị đơn vị khẩn trương hoàn thiện và gửi báo cáo.",
				links.obligation(escalated.obligationId()));
		return notice(subject, letter, escalated, lateUnitName, lateUnitName, "Đề nghị gửi báo cáo ngay.");
	}

	private static List<Map.Entry<String, String>> facts(ReportEscalated escalated, String lateUnitName) {
		return List.of(Map.entry("Đơn vị chưa gửi", lateUnitName), Map.entry("Báo cáo", escalated.requirementTitle()),
				Map.entry("Kế hoạch", OverdueAlert.planFact(escalated.planNumber(), escalated.planTitle())),
				Map.entry("Hạn gửi", OverdueAlert.DEADLINE.format(escalated.dueAt()) + " (giờ Việt Nam)"),
				Map.entry("Đã quá hạn", escalated.workingDaysOverdue() + " ngày làm việc"));
	}

	private static Notice notice(String subject, Letter letter, ReportEscalated escalated, String recipientName,
			String lateUnitName, String ask) {
		String deadline = OverdueAlert.DEADLINE.format(escalated.dueAt());
		String shortText = subject + ": hạn " + deadline + ", quá " + escalated.workingDaysOverdue()
				+ " ngày làm việc. " + ask;
		Map<String, String> templateData = Map.of("unit_name", recipientName, "late_unit", lateUnitName, "report",
				escalated.requirementTitle(), "plan",
				OverdueAlert.planFact(escalated.planNumber(), escalated.planTitle()), "due_date", deadline,
				"working_days_overdue", String.valueOf(escalated.workingDaysOverdue()));
		return new Notice(subject, letter.text(), letter.html(), shortText, ZALO_TEMPLATE, templateData);
	}

}
