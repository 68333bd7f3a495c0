package vn.health.plan.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import vn.health.plan.plan.Section;
import vn.health.plan.plan.SectionKind;

/**
 * Bố cục — the body between the preamble and "Nơi nhận" as parts (I., II. …) holding numbered items
 * (1., 1.1.) and paragraphs; what each part is for is read from its heading's words.
 */
final class SectionReader {

	/** Folded heading words and the kind they mark; the word printed first in a heading decides. */
	private static final Map<String, SectionKind> KINDS = Map.ofEntries(Map.entry("muc dich", SectionKind.OBJECTIVES),
			Map.entry("muc tieu", SectionKind.OBJECTIVES), Map.entry("yeu cau", SectionKind.REQUIREMENTS),
			Map.entry("noi dung", SectionKind.CONTENT), Map.entry("nhiem vu", SectionKind.TASKS),
			Map.entry("hoat dong", SectionKind.ACTIVITIES), Map.entry("doi tuong", SectionKind.AUDIENCES),
			Map.entry("hinh thuc", SectionKind.FORMS), Map.entry("thoi gian", SectionKind.TIMELINE));

	private SectionReader() {
	}

	/** The sections of {@code body}: a preamble before the first heading, the parts, and the closing "Trên đây là …". */
	static List<Section> read(List<Paragraph> body, FieldSources spans) {
		List<Node> roots = new ArrayList<>();
		List<Node> open = new ArrayList<>();
		Node preamble = new Node(SectionKind.PREAMBLE, null, -1);
		for (Paragraph paragraph : body) {
			String text = paragraph.text();
			if (text.startsWith("Trên đây")) {
				roots.add(new Node(SectionKind.CLOSING, null, 0).with(paragraph));
				open.clear();
				continue;
			}
			Heading heading = Heading.of(text).orElse(null);
			if (heading == null || (heading.level() > 0 && open.isEmpty())) {
				(open.isEmpty() ? preamble : open.get(open.size() - 1)).with(paragraph);
				open.forEach((outer) -> outer.last = paragraph);
				continue;
			}
			while (!open.isEmpty() && open.get(open.size() - 1).level >= heading.level()) {
				open.remove(open.size() - 1);
			}
			SectionKind inherited = open.isEmpty() ? SectionKind.OTHER : open.get(open.size() - 1).kind;
			// Long item headings are sentences ("Truyền thông về các nhiệm vụ …"), not names of a part.
			SectionKind kind = (heading.level() == 0 || heading.title().length() <= 40) ? kindOf(heading.title(), inherited)
					: inherited;
			Node node = new Node(kind, text, heading.level());
			node.first = paragraph;
			node.last = paragraph;
			open.forEach((outer) -> outer.last = paragraph);
			(open.isEmpty() ? roots : open.get(open.size() - 1).children).add(node);
			open.add(node);
		}
		List<Section> sections = new ArrayList<>();
		if (!preamble.text.isEmpty()) {
			roots.add(0, preamble);
		}
		for (Node root : roots) {
			// A part whose heading says what it is for is read surely; "OTHER" is the reader's shrug.
			spans.lines("sections[" + sections.size() + "]", root.first.firstLine(), root.last.lastLine(),
					(root.kind == SectionKind.OTHER) ? 0.6 : 0.9);
			sections.add(root.toSection());
		}
		return sections;
	}

	static SectionKind kindOf(String heading, SectionKind otherwise) {
		String folded = VietnameseText.fold(heading);
		return KINDS.entrySet()
			.stream()
			.filter((entry) -> folded.contains(entry.getKey()))
			.min(Comparator.comparingInt((Map.Entry<String, SectionKind> entry) -> folded.indexOf(entry.getKey())))
			.map(Map.Entry::getValue)
			.orElse(otherwise);
	}

	private static final class Node {

		private final SectionKind kind;

		private final String heading;

		private final int level;

		private final StringBuilder text = new StringBuilder();

		private final List<Node> children = new ArrayList<>();

		private Paragraph first;

		private Paragraph last;

		Node(SectionKind kind, String heading, int level) {
			this.kind = kind;
			this.heading = heading;
			this.level = level;
		}

		Node with(Paragraph paragraph) {
			this.text.append(this.text.isEmpty() ? "" : "\n").append(paragraph.text());
			if (this.first == null) {
				this.first = paragraph;
			}
			this.last = paragraph;
			return this;
		}

		Section toSection() {
			return new Section(this.kind, this.heading, this.text.isEmpty() ? null : this.text.toString(),
					this.children.stream().map(Node::toSection).toList());
		}

	}

}
