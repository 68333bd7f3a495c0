package vn.health.plan.importer;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Văn bản nguồn — the uploaded document as numbered lines, normalised so rules can match it: Unicode
 * NFC (decomposed "ế" from Word becomes one character), non-breaking and other odd spaces become
 * spaces, runs of spaces one space, Markdown emphasis left by converters ({@code **KT. GIÁM ĐỐC})
 * removed. Tabs are kept: they separate table cells.
 */
public record SourceText(String fileName, String contentType, List<String> lines) {

	private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]");

	private static final Pattern SPACES = Pattern.compile(" {2,}");

	private static final Pattern EMPHASIS = Pattern.compile("\\*+");

	public SourceText {
		lines = List.copyOf(lines);
	}

	static SourceText of(String fileName, String contentType, List<String> rawLines) {
		return new SourceText(fileName, contentType, rawLines.stream().map(SourceText::normalise).toList());
	}

	/** The line with the given 1-based number. */
	String line(int number) {
		return this.lines.get(number - 1);
	}

	boolean hasText() {
		return this.lines.stream().anyMatch((line) -> !line.isBlank());
	}

	static String normalise(String line) {
		String text = Normalizer.normalize(line, Normalizer.Form.NFC);
		text = ODD_SPACES.matcher(text).replaceAll(" ");
		text = EMPHASIS.matcher(text).replaceAll("");
		text = SPACES.matcher(text).replaceAll(" ");
		return text.replaceAll(" *\\t *", "\t").strip();
	}

}
