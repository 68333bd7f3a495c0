package vn.health.notification.alert;

import java.util.List;
import java.util.Map;

import vn.health.contracts.reporting.ReportReturned;
import vn.health.notification.delivery.Letter;
import vn.health.notification.delivery.Notice;

/**
 * Báo cáo bị trả lại — tells a unit that the unit it reports to returned its report for correction, and why, as
 * e-mail, SMS and the parameters of the Zalo template {@code returned}.
 */
public final class ReturnedReport {

	static final String ZALO_TEMPLATE = "returned";

	private ReturnedReport() {
	}

	public static Notice of(ReportReturned returned, String unitName, String returnedByName, ConsoleLinks links) {
		String subject = "[Bị trả lại] " + returned.requirementTitle();
		String returnedAt = OverdueAlert.DEADLINE.format(returned.returnedAt()) + " (giờ Việt Nam)";
		Letter letter = new Letter(
				List.of("Kính gửi: " + unitName + ",",
						returnedByName + " đã trả lại báo cáo sau của đơn vị để chỉnh sửa:"),
				List.of(Map.entry("Báo cáo", returned.requirementTitle()),
						Map.entry("Bản đã gửi", "lần " + returned.submissionVersion()),
						Map.entry("Lý do trả lại", returned.reason()),
						Map.entry("Thời điểm trả lại", returnedAt)),
				"Đề nghị đơn vị chỉnh sửa và gửi lại báo cáo.", links.obligation(returned.obligationId()));
		String shortText = subject + " – " + returnedByName + ": " + returned.reason() + ". Đề nghị gửi lại.";
		Map<String, String> templateData = Map.of("unit_name", unitName, "report", returned.requirementTitle(),
				"returned_by", returnedByName, "reason", returned.reason());
		return new Notice(subject, letter.text(), letter.html(), shortText, ZALO_TEMPLATE, templateData);
	}

}
