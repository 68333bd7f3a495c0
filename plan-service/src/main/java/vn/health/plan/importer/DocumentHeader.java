package vn.health.plan.importer;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.health.plan.plan.DocumentDate;

/**
 * Phần đầu văn bản — number and symbol, place and date, and title, read from the lines before the
 * first part heading (Nghị định 30/2020/NĐ-CP, Phụ lục I: "Số: …", "<Địa danh>, ngày … tháng … năm …",
 * then the document type "KẾ HOẠCH" and its summary on the lines below).
 *
 * @param titleLine the line of the title, {@code null} when the document has no "KẾ HOẠCH" line
 */
record DocumentHeader(String number, String place, DocumentDate date, String title, Integer titleLine) {

	/** "Số: 91/KH-SYT": number (blank on drafts), "/", type abbreviation, "-", issuer abbreviation. */
	private static final Pattern NUMBER = Pattern.compile(
			"Số\\s*:\\s*(\\d*)\\s*/\\s*([\\p{Lu}Đ][\\p{Lu}Đ\\d]*(?:-[\\p{Lu}Đ\\d]+)+)");

	/** "Bắc Giang, ngày 18 tháng 11 năm 2025", day and month often left blank on drafts. */
	private static final Pattern PLACE_DATE = Pattern.compile(
			"(?<![\\p{L}/-])(\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*){0,4})\\s*,\\s*ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})");

	/** The document type line, also spaced out by hand ("KẾ  HOẠCH", "K Ế H O Ạ C H"). */
	private static final Pattern PLAN_TYPE = Pattern.compile("^K\\s*Ế\\s+H\\s*O\\s*Ạ\\s*C\\s*H\\b\\s*(.*)$");

	/** The header ends at the first part, legal basis or date-free paragraph after the title. */
	private static final Pattern BODY = Pattern.compile("^(?:[IVX]{1,5}\\.\\s|Căn cứ|Thực hiện)");

	/** The header of a plan fits its first page. */
	private static final int HEADER_LINES = 40;

	static DocumentHeader read(SourceText source, List<ImportFinding> findings, FieldSources spans) {
		int start = bodyStart(source);
		int end = (start > 0) ? start : Math.min(source.lines().size(), HEADER_LINES);
		Paragraph head = Paragraphs.joined(source, 1, end);
		String number = "";
		Matcher numberLine = NUMBER.matcher(head.text());
		if (numberLine.find()) {
			number = numberLine.group(1) + "/" + numberLine.group(2);
			spans.paragraph("number", head, numberLine.start(), numberLine.end(), 0.95);
			if (numberLine.group(1).isEmpty()) {
				findings.add(ImportFinding.info("number", "Số văn bản để trống (bản dự thảo): điền khi ban hành",
						"The number is blank (a draft): fill it in when issuing", head.lineAt(numberLine.start()),
						numberLine.group()));
			}
		}
		else {
			findings.add(ImportFinding.warning("number", "Không thấy dòng \"Số: …/KH-…\" ở đầu văn bản",
					"No \"Số: …/KH-…\" number line at the top", null, null));
		}
		String place = null;
		DocumentDate date = null;
		Matcher placeDate = PLACE_DATE.matcher(head.text());
		if (placeDate.find()) {
			place = placeDate.group(1);
			date = new DocumentDate(integer(placeDate.group(2)), integer(placeDate.group(3)),
					Integer.valueOf(placeDate.group(4)));
			spans.paragraph("place", head, placeDate.start(1), placeDate.end(1), 0.9);
			spans.paragraph("date", head, placeDate.end(1), placeDate.end(), 0.95);
			if (date.day() == null || date.month() == null) {
				findings.add(ImportFinding.info("date", "Ngày, tháng ban hành để trống (bản dự thảo)",
						"The day or month of issue is blank (a draft)", head.lineAt(placeDate.start()), placeDate.group()));
			}
		}
		else {
			findings.add(ImportFinding.warning("date", "Không thấy dòng địa danh, ngày tháng năm ban hành",
					"No place-and-date line", null, null));
		}
		for (int line = 1; line <= end; line++) {
			Matcher type = PLAN_TYPE.matcher(source.line(line));
			if (type.matches()) {
				int last = lastTitleLine(source, line, end, type.group(1));
				spans.lines("title", line, last, 0.9);
				return new DocumentHeader(number, place, date, Paragraphs.joined(source, line, last).text()
					.substring(type.start(1))
					.strip(), line);
			}
		}
		int first = firstTextLine(source);
		if (first > 0) {
			spans.lines("title", first, first, 0.3);
		}
		return new DocumentHeader(number, place, date, (first > 0) ? source.line(first) : "", null);
	}

	/** The summary under "KẾ HOẠCH" is the rest of its line and the lines below it up to the first blank one. */
	private static int lastTitleLine(SourceText source, int typeLine, int end, String rest) {
		int line = typeLine + 1;
		while (rest.isBlank() && line < end && source.line(line).isBlank()) {
			line++;
		}
		int last = typeLine;
		for (; line < end && !source.line(line).isBlank(); line++) {
			last = line;
		}
		return last;
	}

	/** The first line with text, 0 when there is none. */
	static int firstTextLine(SourceText source) {
		for (int line = 1; line <= source.lines().size(); line++) {
			if (!source.line(line).isBlank()) {
				return line;
			}
		}
		return 0;
	}

	/** The line of the first part heading or legal basis, which ends the header; 0 when there is none. */
	static int bodyStart(SourceText source) {
		for (int line = 1; line <= Math.min(source.lines().size(), HEADER_LINES); line++) {
			if (BODY.matcher(source.line(line)).find()) {
				return line;
			}
		}
		return 0;
	}

	private static Integer integer(String digits) {
		return (digits != null) ? Integer.valueOf(digits) : null;
	}

}
