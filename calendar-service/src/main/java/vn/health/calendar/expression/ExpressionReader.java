package vn.health.calendar.expression;

import java.text.Normalizer;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Đọc thời điểm — reads the text of a date expression into its parts, refusing what it cannot read. */
final class ExpressionReader {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern AND = Pattern.compile("(?<=^| )và(?= |$)", FLAGS);

	private static final Pattern DAY = Pattern.compile("(?:ngày )?(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?", FLAGS);

	private static final Pattern RANGE = Pattern.compile("(?:từ )?(?:ngày )?(\\d{1,2})(?:/(\\d{1,2})(?:/(\\d{4}))?)?"
			+ " ?(?:-|đến) ?(?:ngày )?(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?", FLAGS);

	private static final Pattern WEEK = Pattern.compile("tuần (\\d{1,2}) tháng (\\d{1,2})(?:(?:/| năm )(\\d{4}))?",
			FLAGS);

	private static final Pattern MONTH = Pattern.compile("tháng (\\d{1,2})(?:(?:/| năm )(\\d{4}))?", FLAGS);

	private static final String EXAMPLES = "24/3, 15 - 21/3, 15/01 - 15/02, tuần 1 tháng 5, Tháng 12, 01/12 và Tháng 12";

	private final String text;

	ExpressionReader(String text) {
		this.text = (text != null) ? text : "";
	}

	List<ExpressionPart> parts() {
		String normalized = Normalizer.normalize(this.text, Normalizer.Form.NFC)
			.replaceAll("[\u2010-\u2015\u2212]", "-")
			.replaceAll("[\\s\u00A0]+", " ")
			.strip();
		if (normalized.isEmpty()) {
			throw unreadable("", "thời điểm để trống", "the expression is empty");
		}
		List<ExpressionPart> parts = new ArrayList<>();
		for (String fragment : AND.split(normalized, -1)) {
			parts.add(part(fragment.strip()));
		}
		return parts;
	}

	private ExpressionPart part(String fragment) {
		Matcher matcher;
		if ((matcher = DAY.matcher(fragment)).matches()) {
			Integer year = number(matcher.group(3));
			return new ExpressionPart.Day(monthDay(fragment, matcher.group(1), matcher.group(2), year), year);
		}
		if ((matcher = RANGE.matcher(fragment)).matches()) {
			return range(fragment, matcher);
		}
		if ((matcher = WEEK.matcher(fragment)).matches()) {
			int week = number(matcher.group(1));
			if (week < 1 || week > 5) {
				throw unreadable(fragment, "chỉ có tuần 1 đến tuần 5 trong một tháng, không có tuần " + week,
						"a month has weeks 1 to 5, not week " + week);
			}
			return new ExpressionPart.Week(week, month(fragment, matcher.group(2)), number(matcher.group(3)));
		}
		if ((matcher = MONTH.matcher(fragment)).matches()) {
			return new ExpressionPart.WholeMonth(month(fragment, matcher.group(1)), number(matcher.group(2)));
		}
		throw unreadable(fragment, "không hiểu \"" + fragment + "\" (các dạng đọc được: " + EXAMPLES + ")",
				"\"" + fragment + "\" is not a known form (known forms: " + EXAMPLES + ")");
	}

	private ExpressionPart range(String fragment, Matcher matcher) {
		Integer startYear = number(matcher.group(3));
		Integer endYear = number(matcher.group(6));
		if (startYear != null && endYear == null) {
			throw unreadable(fragment, "năm chỉ ghi ở ngày bắt đầu; hãy ghi năm ở ngày kết thúc (hoặc cả hai)",
					"the year is written on the start only; write it on the end (or on both)");
		}
		String startMonth = (matcher.group(2) != null) ? matcher.group(2) : matcher.group(5);
		MonthDay end = monthDay(fragment, matcher.group(4), matcher.group(5), endYear);
		MonthDay start = monthDay(fragment, matcher.group(1), startMonth, startYear);
		boolean sameMonthBackwards = start.getMonth() == end.getMonth() && start.isAfter(end);
		boolean datedBackwards = startYear != null
				&& start.atYear(startYear).isAfter(end.atYear(endYear));
		if (sameMonthBackwards || datedBackwards) {
			throw unreadable(fragment, "ngày bắt đầu đứng sau ngày kết thúc", "the start is after the end");
		}
		return new ExpressionPart.Range(start, end, startYear, endYear);
	}

	private MonthDay monthDay(String fragment, String dayText, String monthText, Integer year) {
		int day = number(dayText);
		int month = month(fragment, monthText);
		int length = (year != null) ? YearMonth.of(year, month).lengthOfMonth() : Month.of(month).maxLength();
		if (day < 1 || day > length) {
			String where = "tháng " + month + ((year != null) ? " năm " + year : "");
			String whereEn = "month " + month + ((year != null) ? " of " + year : "");
			throw unreadable(fragment, "không có ngày " + day + " trong " + where,
					"day " + day + " does not exist in " + whereEn);
		}
		return MonthDay.of(month, day);
	}

	private int month(String fragment, String monthText) {
		int month = number(monthText);
		if (month < 1 || month > 12) {
			throw unreadable(fragment, "không có tháng " + month, "month " + month + " does not exist");
		}
		return month;
	}

	private static Integer number(String digits) {
		return (digits != null) ? Integer.valueOf(digits) : null;
	}

	private UnreadableExpressionException unreadable(String fragment, String reasonVi, String reasonEn) {
		return new UnreadableExpressionException(this.text, fragment, reasonVi, reasonEn);
	}

}
