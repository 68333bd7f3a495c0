package vn.health.plan.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Đề mục — a numbered heading: parts in Roman numerals ({@code II. NỘI DUNG}, level 0), then items in
 * Arabic numerals ({@code 3.}, level 1; {@code 2.2.}, level 2), as Nghị định 30/2020/NĐ-CP lays out
 * the body of an administrative document.
 *
 * @param title the heading without its number
 */
record Heading(int level, String number, String title) {

	private static final Pattern ROMAN = Pattern.compile("^([IVX]{1,5})\\.\\s*(\\S.*)$");

	private static final Pattern ARABIC = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){0,2})\\.?[ ]+(\\p{L}.*)$");

	static Optional<Heading> of(String paragraph) {
		Matcher roman = ROMAN.matcher(paragraph);
		if (roman.matches()) {
			return Optional.of(new Heading(0, roman.group(1), roman.group(2).strip()));
		}
		Matcher arabic = ARABIC.matcher(paragraph);
		if (arabic.matches()) {
			String number = arabic.group(1);
			return Optional.of(new Heading(number.split("\\.").length, number, arabic.group(2).strip()));
		}
		return Optional.empty();
	}

}
