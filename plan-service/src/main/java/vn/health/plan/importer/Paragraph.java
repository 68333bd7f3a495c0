package vn.health.plan.importer;

import java.util.List;

/**
 * Đoạn văn — one logical paragraph rebuilt from lines a converter broke, with the source line of every
 * character so a finding can point at the exact line.
 *
 * @param starts offset in {@code text} at which each line of {@code lineNumbers} begins
 */
record Paragraph(String text, List<Integer> starts, List<Integer> lineNumbers) {

	Paragraph {
		starts = List.copyOf(starts);
		lineNumbers = List.copyOf(lineNumbers);
	}

	int firstLine() {
		return this.lineNumbers.get(0);
	}

	int lastLine() {
		return this.lineNumbers.get(this.lineNumbers.size() - 1);
	}

	/** The source line holding the character at {@code offset}. */
	int lineAt(int offset) {
		int line = this.lineNumbers.get(0);
		for (int i = 0; i < this.starts.size() && this.starts.get(i) <= offset; i++) {
			line = this.lineNumbers.get(i);
		}
		return line;
	}

}
