package vn.health.plan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Ghép đoạn — rebuilds paragraphs from lines that a PDF or Word export broke at the page width (often
 * with blank lines between the pieces). A line continues the previous one when the previous one does
 * not end a sentence or clause and either is long (wrapped at the margin) or the line starts in lower
 * case; a line that opens a part ({@code II.}, {@code 2.1.}, {@code -}, {@code Căn cứ}, {@code Nơi nhận})
 * or holds table cells never continues anything.
 */
final class Paragraphs {

	/** Wrapped lines of an A4 page in 13–14 pt Times New Roman are 60–90 characters long. */
	private static final int WRAPPED = 55;

	private static final Pattern OPENS_PART = Pattern.compile("^(?:[IVX]{1,5}\\.\\s|\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s"
			+ "|\\(\\d{1,2}\\)|[-+•–]\\s?|[a-zđ]\\)\\s|Căn cứ|Thực hiện|Nơi nhận|(?:KT|TM|TL|TUQ|Q)\\.|Số\\s*:|Trên đây)");

	private static final Pattern ENDS_CLAUSE = Pattern.compile("[.;:!?]$|\\./\\.$");

	private Paragraphs() {
	}

	static List<Paragraph> of(SourceText source) {
		List<Paragraph> paragraphs = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		List<Integer> starts = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		String previous = null;
		for (int number = 1; number <= source.lines().size(); number++) {
			String line = source.line(number);
			if (line.isBlank()) {
				continue;
			}
			if (previous != null && !continues(previous, line)) {
				paragraphs.add(new Paragraph(text.toString(), starts, lines));
				text.setLength(0);
				starts.clear();
				lines.clear();
			}
			if (!text.isEmpty()) {
				text.append(' ');
			}
			starts.add(text.length());
			lines.add(number);
			text.append(line);
			previous = line;
		}
		if (!text.isEmpty()) {
			paragraphs.add(new Paragraph(text.toString(), starts, lines));
		}
		return paragraphs;
	}

	/** Lines {@code from} to {@code to} (1-based, both included) as one paragraph, whatever their breaks. */
	static Paragraph joined(SourceText source, int from, int to) {
		StringBuilder text = new StringBuilder();
		List<Integer> starts = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		for (int number = from; number <= to; number++) {
			if (!source.line(number).isBlank()) {
				text.append(text.isEmpty() ? "" : " ");
				starts.add(text.length());
				lines.add(number);
				text.append(source.line(number));
			}
		}
		return lines.isEmpty() ? new Paragraph("", List.of(0), List.of(from)) : new Paragraph(text.toString(), starts, lines);
	}

	static boolean continues(String previous, String line) {
		if (OPENS_PART.matcher(line).find() || line.contains("\t") || previous.contains("\t")) {
			return false;
		}
		// "SĐT:" wrapped before its number, "như sau:" before a lower-case clause: a colon introduces what follows.
		if (previous.endsWith(":") && previous.length() >= WRAPPED && startsInLowerCaseOrDigit(line)) {
			return true;
		}
		if (ENDS_CLAUSE.matcher(previous).find()) {
			return false;
		}
		return previous.length() >= WRAPPED || Character.isLowerCase(line.codePointAt(0));
	}

	private static boolean startsInLowerCaseOrDigit(String line) {
		return Character.isLowerCase(line.codePointAt(0)) || Character.isDigit(line.codePointAt(0));
	}

}
