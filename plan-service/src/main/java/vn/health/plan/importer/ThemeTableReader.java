package vn.health.plan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.health.contracts.plan.Theme;

/**
 * Phụ lục chủ đề — the appendix table "STT | CHỦ ĐỀ | THỜI ĐIỂM" as themes with their timing as printed.
 * Rows are cells separated by tabs (a .txt export, a .docx or HTML table), by "|", or by runs of spaces
 * (a PDF's text layer, a table retyped in a plain editor). Spaces cannot tell the columns apart, so a
 * space-separated row is split by what its last column must be: a timing ({@code 24/3},
 * {@code 15 - 21/3}, {@code tuần 1 tháng 5}, {@code 01/12 và Tháng 12}).
 */
final class ThemeTableReader {

	/** The header row, folded (tabs become spaces): "stt", "chu de" or "noi dung", then "thoi diem" or "thoi gian". */
	private static final Pattern HEADER = Pattern.compile("^\\|?\\s*stt[\\s|]+(chu de|noi dung)[\\s|]+(.*[\\s|])?thoi (diem|gian)");

	private static final Pattern ROW = Pattern.compile("^\\|?\\s*(\\d{1,3})\\.?\\s*[\\t|]\\s*([^\\t|]+?)\\s*[\\t|]\\s*([^\\t|]+?)\\s*\\|?$");

	/** One timing as printed: a day or range of days, a week or month, a quarter, or the whole year. */
	private static final String TIMING_PART = "(?:\\d{1,2}(?:/\\d{1,2}(?:/\\d{4})?)?(?:\\s*[-–]\\s*\\d{1,2}(?:/\\d{1,2}(?:/\\d{4})?)?)?"
			+ "|(?iu:tuần)\\s*\\d(?:\\s+(?iu:tháng)\\s*\\d{1,2})?|(?iu:tháng)\\s*\\d{1,2}|(?iu:quý)\\s*(?:IV|I{1,3}|[1-4])"
			+ "|(?iu:cả năm|hằng tháng|hàng tháng|hằng quý|hàng quý|trong năm))";

	/** "7. Ngày Thế giới phòng, chống lao 24/3": number, name, then one or more timings joined by "và", "," or "-". */
	private static final Pattern SPACED_ROW = Pattern.compile("^(\\d{1,3})\\.?\\s+(\\S.*?)\\s+(" + TIMING_PART
			+ "(?:\\s*(?:,|[-–]|và|(?iu:đến))\\s*" + TIMING_PART + ")*)\\.?$");

	/** How every row begins: its number. */
	private static final Pattern ROW_START = Pattern.compile("^\\|?\\s*\\d{1,3}\\.?\\s");

	/** A timing the calendar can place: "24/3", "15 - 21/3", "15/01 - 15/02", "tuần 1 tháng 5", "Tháng 12". */
	private static final Pattern TIMING = Pattern.compile("\\d{1,2}(?:/\\d{1,2})?\\s*[-–]\\s*\\d{1,2}/\\d{1,2}|\\d{1,2}/\\d{1,2}"
			+ "|(?i:tuần)\\s*\\d|(?i:tháng)\\s*\\d{1,2}", Pattern.UNICODE_CASE);

	private ThemeTableReader() {
	}

	static List<Theme> read(SourceText source, List<ImportFinding> findings, FieldSources spans) {
		List<Theme> themes = new ArrayList<>();
		for (int number = 1; number <= source.lines().size(); number++) {
			if (HEADER.matcher(VietnameseText.fold(source.line(number))).find()) {
				number = rows(source, number + 1, themes, findings, spans);
			}
		}
		return themes;
	}

	private static int rows(SourceText source, int first, List<Theme> themes, List<ImportFinding> findings,
			FieldSources spans) {
		int expected = 1;
		int number = first;
		for (; number <= source.lines().size(); number++) {
			String line = source.line(number);
			if (line.isBlank()) {
				continue;
			}
			int last = number;
			Matcher row = row(line);
			if (row == null && number < source.lines().size() && !ROW_START.matcher(source.line(number + 1)).find()) {
				// A long name wraps inside its cell; the PDF's text layer then prints the row on two lines.
				last = number + 1;
				row = row(line + " " + source.line(last));
			}
			if (row == null) {
				break;
			}
			String at = "themes[" + themes.size() + "]";
			boolean placed = TIMING.matcher(row.group(3)).find();
			// Cells printed apart are surer than columns told by what the last one looks like.
			spans.lines(at, number, last, !placed ? 0.5 : (row.pattern() == ROW) ? 0.95 : 0.85);
			if (Integer.parseInt(row.group(1)) != expected) {
				findings.add(ImportFinding.warning(at, "Số thứ tự " + row.group(1) + " không liền mạch (chờ " + expected + ")",
						"Row number " + row.group(1) + " breaks the sequence (expected " + expected + ")", number, line));
			}
			if (!placed) {
				findings.add(ImportFinding.warning(at + ".timing", "Không hiểu thời điểm \"" + row.group(3) + "\"",
						"Timing \"" + row.group(3) + "\" is not a day, range, week or month", number, line));
			}
			themes.add(new Theme(row.group(2), row.group(3)));
			expected = Integer.parseInt(row.group(1)) + 1;
			number = last;
		}
		return number - 1;
	}

	/** The row's number, name and timing, from cells or, failing that, from spaces; {@code null} when it is no row. */
	private static Matcher row(String line) {
		Matcher cells = ROW.matcher(line);
		if (cells.matches()) {
			return cells;
		}
		Matcher spaced = SPACED_ROW.matcher(line);
		return spaced.matches() ? spaced : null;
	}

}
