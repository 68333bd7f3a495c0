package vn.health.plan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.health.contracts.plan.Theme;

/**
 * Phụ lục chủ đề — the appendix table "STT | CHỦ ĐỀ | THỜI ĐIỂM" as themes with their timing as printed.
 * Rows are cells separated by tabs (a .txt export, a .docx or HTML table) or by "|".
 */
final class ThemeTableReader {

	/** The header row, folded (tabs become spaces): "stt", "chu de" or "noi dung", then "thoi diem" or "thoi gian". */
	private static final Pattern HEADER = Pattern.compile("^\\|?\\s*stt[\\s|]+(chu de|noi dung)[\\s|]+(.*[\\s|])?thoi (diem|gian)");

	private static final Pattern ROW = Pattern.compile("^\\|?\\s*(\\d{1,3})\\.?\\s*[\\t|]\\s*([^\\t|]+?)\\s*[\\t|]\\s*([^\\t|]+?)\\s*\\|?$");

	/** A timing the calendar can place: "24/3", "15 - 21/3", "15/01 - 15/02", "tuần 1 tháng 5", "Tháng 12". */
	private static final Pattern TIMING = Pattern.compile("\\d{1,2}(?:/\\d{1,2})?\\s*[-–]\\s*\\d{1,2}/\\d{1,2}|\\d{1,2}/\\d{1,2}"
			+ "|(?i:tuần)\\s*\\d|(?i:tháng)\\s*\\d{1,2}", Pattern.UNICODE_CASE);

	private ThemeTableReader() {
	}

	static List<Theme> read(SourceText source, List<ImportFinding> findings) {
		List<Theme> themes = new ArrayList<>();
		for (int number = 1; number <= source.lines().size(); number++) {
			if (HEADER.matcher(VietnameseText.fold(source.line(number))).find()) {
				number = rows(source, number + 1, themes, findings);
			}
		}
		return themes;
	}

	private static int rows(SourceText source, int first, List<Theme> themes, List<ImportFinding> findings) {
		int expected = 1;
		int number = first;
		for (; number <= source.lines().size(); number++) {
			String line = source.line(number);
			Matcher row = ROW.matcher(line);
			if (line.isBlank()) {
				continue;
			}
			if (!row.matches()) {
				break;
			}
			String at = "themes[" + themes.size() + "]";
			if (Integer.parseInt(row.group(1)) != expected) {
				findings.add(ImportFinding.warning(at, "Số thứ tự " + row.group(1) + " không liền mạch (chờ " + expected + ")",
						"Row number " + row.group(1) + " breaks the sequence (expected " + expected + ")", number, line));
			}
			if (!TIMING.matcher(row.group(3)).find()) {
				findings.add(ImportFinding.warning(at + ".timing", "Không hiểu thời điểm \"" + row.group(3) + "\"",
						"Timing \"" + row.group(3) + "\" is not a day, range, week or month", number, line));
			}
			themes.add(new Theme(row.group(2), row.group(3)));
			expected = Integer.parseInt(row.group(1)) + 1;
		}
		return number - 1;
	}

}
