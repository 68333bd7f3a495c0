package vn.health.plan.importer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Chữ không dấu — Vietnamese folded for matching: "Trung tâm Y tế" and "TRUNG TAM Y TE" compare equal. */
final class VietnameseText {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private VietnameseText() {
	}

	static String fold(String text) {
		String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}

	/** The text with its first letter in upper case, as a title is printed. */
	static String capitalised(String text) {
		String stripped = text.strip();
		return stripped.isEmpty() ? stripped
				: stripped.substring(0, 1).toUpperCase(Locale.ROOT) + stripped.substring(1);
	}

}
