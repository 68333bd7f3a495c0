package vn.health.plan.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ngày tháng — a date as plans print it: {@code 17/01/2024} or {@code ngày 12 tháng 6 năm 2025}
 * (Nghị định 30/2020/NĐ-CP writes days and months under 10 with or without the leading 0).
 *
 * @param start offset of the expression in the text searched
 * @param end offset just after it
 * @param date {@code null} when the numbers are not a real day (31/6/2024)
 */
record DateExpression(String printed, LocalDate date, int start, int end) {

	private static final Pattern DATE = Pattern.compile(
			"(?<![\\d/])(\\d{1,2})\\s*/\\s*(\\d{1,2})\\s*/\\s*(\\d{4})(?![\\d/])"
					+ "|ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	static List<DateExpression> all(String text) {
		List<DateExpression> dates = new ArrayList<>();
		Matcher matcher = DATE.matcher(text);
		while (matcher.find()) {
			int group = (matcher.group(1) != null) ? 1 : 4;
			dates.add(new DateExpression(matcher.group(), dateOf(matcher.group(group + 2), matcher.group(group + 1),
					matcher.group(group)), matcher.start(), matcher.end()));
		}
		return dates;
	}

	static DateExpression first(String text) {
		List<DateExpression> dates = all(text);
		return dates.isEmpty() ? null : dates.get(0);
	}

	private static LocalDate dateOf(String year, String month, String day) {
		try {
			return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
