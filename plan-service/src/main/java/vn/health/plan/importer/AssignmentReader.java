package vn.health.plan.importer;

import java.util.ArrayList;
import java.util.List;

import vn.health.plan.plan.PlanDraft;
import vn.health.plan.plan.Section;

/**
 * Phân công — the tasks of "TỔ CHỨC THỰC HIỆN": each numbered item that names a unit or a kind of unit
 * ({@code 3. Trung tâm Kiểm soát bệnh tật tỉnh}, {@code 2.2. Các đơn vị trực thuộc Sở Y tế}) becomes an
 * assignment with all the text under it; a group heading whose items name units is split into them.
 */
final class AssignmentReader {

	private final UnitMatching units;

	AssignmentReader(UnitMatching units) {
		this.units = units;
	}

	List<PlanDraft.Assignment> read(List<Section> sections, List<Paragraph> body, List<ImportFinding> findings,
			FieldSources spans) {
		List<PlanDraft.Assignment> assignments = new ArrayList<>();
		sections.stream()
			.filter((section) -> section.heading() != null
					&& VietnameseText.fold(section.heading()).contains("to chuc thuc hien"))
			.forEach((section) -> collect(section.subsections(), body, assignments, findings, spans));
		return assignments;
	}

	private void collect(List<Section> items, List<Paragraph> body, List<PlanDraft.Assignment> assignments,
			List<ImportFinding> findings, FieldSources spans) {
		for (Section item : items) {
			if (item.subsections().stream().anyMatch((sub) -> assigneeOf(sub) != null)) {
				collect(item.subsections(), body, assignments, findings, spans);
				continue;
			}
			String assignee = assigneeOf(item);
			if (assignee == null) {
				continue;
			}
			String lead = Assignee.taskLead(Heading.of(item.heading()).map(Heading::title).orElse(""));
			UnitMatch match = this.units.match(assignee);
			String field = "assignments[" + assignments.size() + "]";
			Paragraph heading = headingOf(item, body);
			spans.paragraph(field, heading, 0.9);
			spans.paragraph(field + ".unitIds", heading, match.confidence());
			spans.paragraph(field + ".unitTypes", heading, match.confidence());
			assignments.add(new PlanDraft.Assignment(assignee, match.unitIds(), match.unitTypes(),
					task(lead, item), "a" + (assignments.size() + 1)));
			UnitFindings.check(match, field + ".unitIds", assignee, heading.firstLine(), findings);
		}
	}

	private static String assigneeOf(Section item) {
		return Heading.of(item.heading()).map((heading) -> Assignee.of(heading.title())).orElse(null);
	}

	private static String task(String lead, Section item) {
		List<String> parts = new ArrayList<>();
		if (!lead.isBlank()) {
			parts.add(lead.strip());
		}
		if (item.text() != null) {
			parts.add(item.text());
		}
		item.subsections().forEach((sub) -> parts.add(task(sub.heading(), sub)));
		return String.join("\n", parts);
	}

	/** Sections keep their heading's text, which is a whole paragraph of the body. */
	private static Paragraph headingOf(Section item, List<Paragraph> body) {
		return body.stream().filter((paragraph) -> paragraph.text().equals(item.heading())).findFirst().orElseThrow();
	}

}
