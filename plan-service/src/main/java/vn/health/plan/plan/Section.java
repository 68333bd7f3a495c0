package vn.health.plan.plan;

import java.util.List;

/**
 * Mục — a part of a plan's text: heading as printed ({@code II. NỘI DUNG THỰC HIỆN}), its own
 * paragraphs and its numbered items ({@code 1.}, {@code 1.1.}, bullets) as subsections.
 */
public record Section(SectionKind kind, String heading, String text, List<Section> subsections) {

	public Section {
		subsections = (subsections != null) ? List.copyOf(subsections) : List.of();
	}

}
