package vn.health.reporting.consolidation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Báo cáo tổng hợp gửi lên — what a unit up the chain (the CDC) sends as its own report in one action: the totals of
 * its units' accepted reports, their narratives one per line, and who has not reported or is not yet accepted, so
 * the recipient (Sở Y tế) sees how complete the figures are.
 */
record ConsolidatedReport(String narrative, Map<String, Double> indicators) {

	static ConsolidatedReport of(Consolidation below, String introduction) {
		List<String> lines = new ArrayList<>();
		if (introduction != null && !introduction.isBlank()) {
			lines.add(introduction.strip());
		}
		lines.add("Tổng hợp \u201c" + below.requirementTitle() + "\u201d: số liệu của " + below.accepted() + "/"
				+ below.expected() + " đơn vị đã được duyệt.");
		below.reports()
			.stream()
			.filter(UnitReport::accepted)
			.forEach((report) -> lines.add("- " + report.unitId() + ": " + report.narrative()));
		List<String> unaccepted = below.reports()
			.stream()
			.filter((report) -> !report.accepted())
			.map((report) -> report.unitId() + " (" + Labels.status(report.status()) + ")")
			.toList();
		if (!unaccepted.isEmpty()) {
			lines.add("Đã nộp, chưa được duyệt (không tính vào số liệu): " + String.join(", ", unaccepted));
		}
		List<String> missing = below.missing()
			.stream()
			.map((report) -> report.unitId() + " (" + Labels.status(report.status()) + ")")
			.toList();
		if (!missing.isEmpty()) {
			lines.add("Chưa nộp: " + String.join(", ", missing));
		}
		return new ConsolidatedReport(String.join("\n", lines), below.totals());
	}

}
