package vn.health.plan.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.health.servicekit.web.FieldProblem;

/**
 * Cảnh báo — what is odd in a plan but may be right, so it never blocks issuing (errors do): shown to the
 * person who issues it and kept with the plan. Recomputed whenever the content changes.
 */
final class PlanWarnings {

	/** "năm 2023" in a report title: the Lạng Sơn plan asks for "6 tháng đầu năm 2023" in its 2024 regime. */
	private static final Pattern YEAR_IN_TITLE = Pattern.compile("năm (\\d{4})");

	private PlanWarnings() {
	}

	static List<FieldProblem> of(PlanContent content) {
		List<FieldProblem> warnings = new ArrayList<>();
		if (content.number().isEmpty() || content.number().startsWith("/")) {
			warnings.add(new FieldProblem("number", "Kế hoạch chưa có số; cần cấp số trước khi gửi các đơn vị",
					"The plan has no number yet; it needs one before it is sent to the units"));
		}
		if (content.issuerUnitId() == null) {
			warnings.add(new FieldProblem("issuerUnitId", "Chưa chọn đơn vị ban hành nên không kiểm tra được trùng số",
					"No issuing unit, so the number cannot be checked for duplicates"));
		}
		if (content.signer() == null) {
			warnings.add(new FieldProblem("signer", "Chưa có người ký", "No signer"));
		}
		for (int i = 0; i < content.requirements().size(); i++) {
			warnAbout(content.requirements().get(i), "requirements[" + i + "].", content, warnings);
		}
		for (int i = 0; i < content.contacts().size(); i++) {
			Contact contact = content.contacts().get(i);
			if (contact.phone() == null && contact.email() == null) {
				warnings.add(new FieldProblem("contacts[" + i + "]", "Người liên hệ chưa có điện thoại hay e-mail",
						"The contact person has neither phone nor e-mail"));
			}
		}
		return List.copyOf(warnings);
	}

	private static void warnAbout(RequiredReport report, String at, PlanContent content, List<FieldProblem> warnings) {
		if (report.indicators().isEmpty()) {
			warnings.add(new FieldProblem(at + "indicators",
					"Báo cáo chưa có chỉ tiêu nên số liệu không được tổng hợp tự động",
					"The report has no indicators, so its figures cannot be consolidated automatically"));
		}
		if (report.dueDate() != null && content.period() != null && report.dueDate().isAfter(content.period().to())) {
			warnings.add(new FieldProblem(at + "dueDate",
					"Hạn nộp " + report.dueDate() + " sau ngày kết thúc kế hoạch " + content.period().to(),
					"dueDate " + report.dueDate() + " is after the plan ends on " + content.period().to()));
		}
		Matcher year = YEAR_IN_TITLE.matcher(report.title());
		while (year.find()) {
			int named = Integer.parseInt(year.group(1));
			if (named != content.year() && named != content.year() + 1) {
				warnings.add(new FieldProblem(at + "title",
						"Tên báo cáo nhắc năm " + named + ", khác năm kế hoạch " + content.year(),
						"The report title names the year " + named + ", not the plan year " + content.year()));
			}
		}
	}

}
