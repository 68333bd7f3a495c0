package vn.health.plan.plan;

import java.util.ArrayList;
import java.util.List;

import vn.health.servicekit.web.FieldProblem;

/**
 * Chưa đủ để ban hành — what a draft may still lack but a plan that binds units may not: each report's deadline,
 * how it is counted, who sends it and to whom, and who does each task. A draft is saved without them (a document
 * often names no date: "Định kỳ báo cáo … theo quy định"); issuing and amending refuse until they are there.
 * Each problem names its row ("Báo cáo 2 “…”"), so the list reads on its own, away from the form.
 */
final class PlanCompleteness {

	private static final int TITLE_SHOWN = 80;

	private PlanCompleteness() {
	}

	/** What the content itself lacks; empty for a plan that may be issued as it reads. */
	static List<FieldProblem> missing(PlanContent content) {
		List<FieldProblem> missing = new ArrayList<>();
		if (content.assignments().isEmpty() && content.requirements().isEmpty()) {
			missing.add(new FieldProblem("assignments", "Kế hoạch chưa có phân công hay yêu cầu báo cáo nào",
					"The plan has neither an assignment nor a reporting requirement"));
		}
		for (int i = 0; i < content.requirements().size(); i++) {
			RequiredReport report = content.requirements().get(i);
			String at = "requirements[" + i + "].";
			String vi = "Báo cáo " + (i + 1) + " “" + shown(report.title()) + "”: ";
			String en = "Report " + (i + 1) + " “" + shown(report.title()) + "”: ";
			// A document without a date gives neither; one problem at the date then, which the form shows first.
			if (report.dueDate() == null) {
				missing.add(new FieldProblem(at + "dueDate", vi + "chưa có hạn nộp", en + "no due date"));
			}
			else if (report.dueRule() == null) {
				missing.add(new FieldProblem(at + "dueRule",
						vi + "chưa chọn cách tính hạn (gửi trước ngày hạn hay chậm nhất trong ngày hạn)",
						en + "no due rule (BEFORE_DAY or END_OF_DAY)"));
			}
			if (report.recipientUnitId() == null) {
				missing.add(new FieldProblem(at + "recipientUnitId", vi + "chưa chọn đơn vị nhận báo cáo",
						en + "no recipient unit"));
			}
			if (report.reporterUnitIds().isEmpty() && report.reporterUnitTypes().isEmpty()) {
				missing.add(new FieldProblem(at + "reporterUnitIds", vi + "chưa chọn đơn vị hoặc loại đơn vị báo cáo",
						en + "no reporter unit or unit type"));
			}
		}
		for (int i = 0; i < content.assignments().size(); i++) {
			AssignedTask task = content.assignments().get(i);
			if (task.unitIds().isEmpty() && task.unitTypes().isEmpty()) {
				missing.add(new FieldProblem("assignments[" + i + "].unitIds", "Phân công " + (i + 1) + " “"
						+ shown(task.assignee()) + "”: chưa chọn đơn vị hoặc loại đơn vị thực hiện",
						"Assignment " + (i + 1) + " “" + shown(task.assignee()) + "”: no unit or unit type"));
			}
		}
		return List.copyOf(missing);
	}

	/**
	 * What keeps {@code resolved} (resolved against the directory as it is now) from binding units: what it lacks,
	 * and a unit type no unit has, which would leave a task or a report with nobody to do it.
	 */
	static List<FieldProblem> toBindUnits(PlanContent resolved) {
		List<FieldProblem> problems = new ArrayList<>(missing(resolved));
		for (int i = 0; i < resolved.assignments().size(); i++) {
			AssignedTask task = resolved.assignments().get(i);
			if (task.resolvedUnitIds().isEmpty() && !task.unitTypes().isEmpty()) {
				problems.add(new FieldProblem("assignments[" + i + "].unitTypes",
						"Phân công " + (i + 1) + " “" + shown(task.assignee())
								+ "”: danh bạ chưa có đơn vị nào thuộc loại được phân công",
						"Assignment " + (i + 1) + ": no unit in the directory has the assigned type(s)"));
			}
		}
		for (int i = 0; i < resolved.requirements().size(); i++) {
			RequiredReport report = resolved.requirements().get(i);
			if (report.resolvedReporterUnitIds().isEmpty() && !report.reporterUnitTypes().isEmpty()) {
				problems.add(new FieldProblem("requirements[" + i + "].reporterUnitTypes",
						"Báo cáo " + (i + 1) + " “" + shown(report.title())
								+ "”: danh bạ chưa có đơn vị nào thuộc loại phải báo cáo (trừ đơn vị nhận)",
						"Report " + (i + 1) + ": no unit in the directory has the reporter type(s), the recipient aside"));
			}
		}
		return List.copyOf(problems);
	}

	private static String shown(String text) {
		return (text.length() <= TITLE_SHOWN) ? text : text.substring(0, TITLE_SHOWN - 1).strip() + "…";
	}

}
