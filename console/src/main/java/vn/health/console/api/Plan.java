package vn.health.console.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A plan as plan-service shows it (the parts the console shows).
 *
 * @param missing what a draft still lacks before it can be issued (deadlines, recipients, units), each naming its row
 */
public record Plan(String id, String status, int version, String number, String title, int year, String place,
		String issuerUnitId, List<Section> sections, List<Assignment> assignments, List<Requirement> requirements,
		Instant issuedAt, List<Missing> missing) {

	public Plan {
		sections = (sections != null) ? sections : List.of();
		assignments = (assignments != null) ? assignments : List.of();
		requirements = (requirements != null) ? requirements : List.of();
		missing = (missing != null) ? missing : List.of();
	}

	/** One thing to complete before issuing: its field path ({@code requirements[1].dueDate}) and what to do, in Vietnamese. */
	public record Missing(String field, String message) {

	}

	/** A part of the document, with its own parts. */
	public record Section(String kind, String heading, String text, List<Section> subsections) {

		public Section {
			subsections = (subsections != null) ? subsections : List.of();
		}

	}

	/** Nhiệm vụ: who does what ({@code resolvedUnitIds} are the units it names, types resolved). */
	public record Assignment(String assignmentId, String assignee, String task, List<String> resolvedUnitIds) {

		public Assignment {
			resolvedUnitIds = (resolvedUnitIds != null) ? resolvedUnitIds : List.of();
		}

	}

	/** Yêu cầu báo cáo: who reports what to whom by when; {@code upstreamRequirementId} the one it consolidates. */
	public record Requirement(String requirementId, String title, String period, LocalDate dueDate, String dueRule,
			String recipientUnitId, String upstreamRequirementId, List<String> resolvedReporterUnitIds,
			List<Obligation.Indicator> indicators) {

		public Requirement {
			resolvedReporterUnitIds = (resolvedReporterUnitIds != null) ? resolvedReporterUnitIds : List.of();
			indicators = (indicators != null) ? indicators : List.of();
		}

		/** "trước ngày" or "chậm nhất ngày", as the plan words its deadline. */
		public String dueWording() {
			return "END_OF_DAY".equals(this.dueRule) ? "chậm nhất ngày" : "trước ngày";
		}

	}

	/** The reporting chain as a timeline: requirements by deadline. */
	public List<Requirement> timeline() {
		return this.requirements.stream()
			.sorted(Comparator.comparing(Requirement::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	/** The title of the requirement with this id, for "tổng hợp từ …". */
	public String requirementTitle(String requirementId) {
		return this.requirements.stream()
			.filter((r) -> r.requirementId().equals(requirementId))
			.map(Requirement::title)
			.findFirst()
			.orElse(requirementId);
	}

}
