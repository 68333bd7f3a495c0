package vn.health.plan.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.health.plan.plan.PlanDraft;

/**
 * Chế độ báo cáo — the deadlines found, as the draft's requirements: each checked against the plan
 * year, and chained when one unit consolidates what others send it (units → CDC before 15/6, CDC → Sở
 * before 20/6: the CDC's report names the units' report of the same period as its upstream).
 */
final class ReportingRegime {

	private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("d/M/yyyy");

	private static final Pattern YEAR_IN_TITLE = Pattern.compile("năm\\s+(\\d{4})");

	private ReportingRegime() {
	}

	static List<PlanDraft.Requirement> requirements(List<FoundDeadline> found, Integer year,
			List<ImportFinding> findings, FieldSources spans) {
		List<PlanDraft.Requirement> requirements = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			FoundDeadline deadline = found.get(i);
			String at = "requirements[" + i + "]";
			deadline.recordSource(at, spans);
			checkDeadline(deadline, at, year, findings);
			if (deadline.reporter().isEmpty()) {
				findings.add(ImportFinding.warning(at + ".reporterUnitIds",
						"Không xác định được đơn vị phải báo cáo (hạn nằm ngoài mục phân công)",
						"No reporting unit: the deadline is not under an assignment heading", deadline.line(), deadline.printed()));
			}
			else {
				UnitFindings.check(deadline.reporter(), at + ".reporterUnitIds", deadline.reporterPrinted(), deadline.line(),
						findings);
			}
			checkRecipient(deadline, at, findings);
			Integer upstream = upstreamOf(found, i);
			if (upstream != null) {
				findings.add(ImportFinding.info(at + ".upstreamRequirementId",
						"Chuỗi báo cáo: báo cáo này tổng hợp từ \"" + found.get(upstream).title() + "\"",
						"Reporting chain: this report consolidates \"" + found.get(upstream).title() + "\"", deadline.line(),
						deadline.printed()));
			}
			if (upstream != null && found.get(upstream).lateFrom() != null && deadline.lateFrom() != null
					&& found.get(upstream).lateFrom().isAfter(deadline.lateFrom())) {
				findings.add(ImportFinding.warning(at + ".dueDate",
						"Hạn tổng hợp sớm hơn hạn của các đơn vị gửi lên (" + found.get(upstream).printed() + ")",
						"The consolidated report is due before the reports it consolidates", deadline.line(), deadline.printed()));
			}
			requirements.add(new PlanDraft.Requirement(deadline.title(), deadline.dueDate(), deadline.dueRule(),
					deadline.reporter().unitIds(), deadline.recipient().singleUnitId(), "r" + (i + 1), deadline.period(),
					deadline.reporter().unitTypes(), (upstream != null) ? "r" + (upstream + 1) : null));
		}
		return requirements;
	}

	/** The report of the same period that this one's reporter receives from others. */
	private static Integer upstreamOf(List<FoundDeadline> found, int index) {
		FoundDeadline downstream = found.get(index);
		for (int i = 0; i < found.size(); i++) {
			FoundDeadline candidate = found.get(i);
			if (i != index && downstream.reporter().kind() != null
					&& candidate.recipient().kind() == downstream.reporter().kind()
					&& candidate.reporter().kind() != downstream.reporter().kind()
					&& Objects.equals(candidate.period(), downstream.period())) {
				return i;
			}
		}
		return null;
	}

	/** A plan's deadlines fall in its year or, for the annual report, early the next (ReportingRegimeValidation's rule). */
	private static void checkDeadline(FoundDeadline deadline, String at, Integer year, List<ImportFinding> findings) {
		LocalDate due = deadline.dueDate();
		if (deadline.undated()) {
			findings.add(ImportFinding.error(at + ".dueDate",
					"Kế hoạch yêu cầu báo cáo nhưng không ghi hạn nộp: điền hạn và cách tính hạn, hoặc bỏ yêu cầu này",
					"The plan asks for this report without a deadline: fill in the due date and rule, or remove it",
					deadline.line(), deadline.printed()));
			return;
		}
		if (due == null) {
			findings.add(ImportFinding.error(at + ".dueDate", "Hạn nộp không phải ngày có thật",
					"The due date is not a real date", deadline.line(), deadline.printed()));
			return;
		}
		if (year != null && due.getYear() != year && due.getYear() != year + 1) {
			String suggested = PRINTED.format(due.withYear(year));
			findings.add(ImportFinding.error(at + ".dueDate",
					"Hạn nộp " + PRINTED.format(due) + " không thuộc năm kế hoạch " + year + ": có lẽ là " + suggested,
					"Due date " + PRINTED.format(due) + " is outside the plan year " + year + ": probably " + suggested,
					deadline.line(), deadline.printed()));
		}
		Matcher titleYear = YEAR_IN_TITLE.matcher(deadline.title());
		if (year != null && titleYear.find() && Integer.parseInt(titleYear.group(1)) != year) {
			findings.add(ImportFinding.warning(at + ".title",
					"Tên báo cáo nói năm " + titleYear.group(1) + " trong kế hoạch năm " + year,
					"The report's title says " + titleYear.group(1) + " in a plan for " + year, deadline.line(),
					deadline.printed()));
		}
	}

	private static void checkRecipient(FoundDeadline deadline, String at, List<ImportFinding> findings) {
		if (deadline.recipientPrinted() == null) {
			findings.add(ImportFinding.warning(at + ".recipientUnitId", "Không thấy đơn vị nhận báo cáo (\"gửi …\", \"về …\")",
					"No recipient named (\"gửi …\", \"về …\")", deadline.line(), deadline.printed()));
		}
		else if (deadline.recipient().singleUnitId() == null) {
			findings.add(ImportFinding.warning(at + ".recipientUnitId",
					"Đơn vị nhận \"" + deadline.recipientPrinted() + "\" không ứng với đúng một đơn vị trong danh bạ",
					"Recipient \"" + deadline.recipientPrinted() + "\" is not exactly one unit of the directory", deadline.line(),
					deadline.printed()));
		}
	}

}
