package vn.health.plan.importer;

import java.util.ArrayList;
import java.util.List;

/** Nguồn các trường — collects where each draft field was read, turning paragraph and line positions into source offsets. */
final class FieldSources {

	private final SourceText source;

	private final int[] lineStarts;

	private final List<FieldSource> fields = new ArrayList<>();

	FieldSources(SourceText source) {
		this.source = source;
		this.lineStarts = new int[source.lines().size() + 2];
		for (int line = 1; line <= source.lines().size(); line++) {
			this.lineStarts[line + 1] = this.lineStarts[line] + source.line(line).length() + 1;
		}
	}

	/** Characters {@code from} to {@code to} (exclusive) of a paragraph, mapped back to the lines they were printed on. */
	void paragraph(String field, Paragraph paragraph, int from, int to, double confidence) {
		int last = Math.max(from, to - 1);
		int start = offset(paragraph, from);
		int end = offset(paragraph, last) + ((to > from) ? 1 : 0);
		this.fields.add(new FieldSource(field, paragraph.lineAt(from), paragraph.lineAt(last), start, end, confidence));
	}

	/** A whole paragraph. */
	void paragraph(String field, Paragraph paragraph, double confidence) {
		paragraph(field, paragraph, 0, paragraph.text().length(), confidence);
	}

	/** Lines {@code first} to {@code last}, both whole. */
	void lines(String field, int first, int last, double confidence) {
		this.fields.add(new FieldSource(field, first, last, this.lineStarts[first],
				this.lineStarts[last] + this.source.line(last).length(), confidence));
	}

	/** The span of another field, for a field read from the same text ({@code budget} from its section). */
	void same(String field, String as, double confidence) {
		this.fields.stream()
			.filter((known) -> known.field().equals(as))
			.findFirst()
			.ifPresent((known) -> this.fields.add(new FieldSource(field, known.line(), known.lastLine(), known.start(),
					known.end(), confidence)));
	}

	List<FieldSource> all() {
		return List.copyOf(this.fields);
	}

	private int offset(Paragraph paragraph, int at) {
		int line = paragraph.lineAt(at);
		int index = paragraph.lineNumbers().indexOf(line);
		int column = Math.min(at - paragraph.starts().get(index), this.source.line(line).length());
		return this.lineStarts[line] + Math.max(column, 0);
	}

}
