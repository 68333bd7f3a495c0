package vn.health.plan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.health.contracts.plan.DueRule;

/**
 * Chế độ báo cáo — every deadline sentence of the body, also inside parentheses and lists. The reporter
 * is the unit of the numbered item the sentence is under ({@code 4. Trung tâm Y tế các huyện …} for its
 * {@code 4.3. Chế độ báo cáo}); the recipient is named after "gửi" or, for a list, by the "báo cáo … về
 * <đơn vị>" that introduces it.
 * <p>
 * A unit's duty to report without a date ("Định kỳ báo cáo Bộ Y tế, UBND tỉnh theo quy định", "báo cáo
 * ngay khi phát hiện ca bệnh") is a requirement too, without due date, for the person to complete: it is
 * taken only under an assignee's heading (someone must send it), and only from a paragraph with no dated
 * deadline and not from a sentence ending in ":", which introduce the dated list that follows.
 */
final class DeadlineReader {

	/**
	 * DESIGN "Deadlines": "gửi trước ngày D" is due when D starts (BEFORE_DAY); "chậm nhất ngày D" and
	 * "trước hoặc trong ngày D" when D ends (END_OF_DAY). The longer phrase is tried first.
	 */
	private static final Pattern DEADLINE = Pattern.compile(
			"(trước hoặc trong ngày|chậm nhất(?:\\s+là)?(?:\\s+(?:vào\\s+)?ngày)?|trước ngày)\\s*(\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern ASIDE = Pattern.compile("\\s*\\(([^()]{1,80})\\)");

	/** The items of a list written inside one sentence: "… (báo cáo 6 tháng gửi trước …; báo cáo năm gửi trước …)". */
	private static final Pattern ITEM = Pattern.compile("[^;()]+");

	/** "gửi Sở Y tế", "gửi về Trung tâm …", "báo cáo Sở Y tế" right before the deadline phrase; the last one wins. */
	private static final Pattern SENT_TO = Pattern.compile("^.*(?:gửi|báo cáo)\\s+(?:về\\s+|cho\\s+|lên\\s+)?(\\p{Lu}.*?)\\s*$");

	/** "báo cáo … (gửi) về Trung tâm Kiểm soát bệnh tật tỉnh để tổng hợp …": the recipient of the list that follows. */
	private static final Pattern SENT_ABOUT = Pattern.compile(
			"về\\s+(\\p{Lu}[^,;():.]*?)(?=\\s+(?:để|theo|trước|chậm nhất|cụ thể)(?:\\s|$)|[,;():.]|$)");

	/** A sentence that obliges to report without a date: the verb with a cadence or urgency ("định kỳ", "theo quy định", "ngay"). */
	private static final Pattern UNDATED = Pattern.compile(
			"(?:định kỳ|hằng|hàng|đột xuất)[^.;:]*?\\bbáo cáo\\b|\\bbáo cáo\\b[^.;:]*?(?:theo quy định|định kỳ|đột xuất|\\bngay\\b|hằng|hàng (?:tháng|quý|năm|tuần))",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** A sentence or clause of a paragraph: up to ".", ";" or ":" (which keeps it, to tell an introduction). */
	private static final Pattern SENTENCE = Pattern.compile("[^.;:]+[.;:]?");

	/** Who receives an undated report: "về Sở Y tế", "gửi Sở Y tế", or the object of "báo cáo" itself ("báo cáo Bộ Y tế, UBND tỉnh"). */
	private static final Pattern UNDATED_RECIPIENT = Pattern.compile(
			"(?:\\bvề|\\bgửi(?:\\s+về)?|\\bcho|\\bbáo cáo(?:\\s+với)?)\\s+((?:lãnh đạo\\s+)?\\p{Lu}[^.;:()]*?)(?=\\s+(?:theo|để|định kỳ|ngay|khi|những|về)(?:\\s|$)|[.;:()]|$)");

	private final UnitMatching units;

	DeadlineReader(UnitMatching units) {
		this.units = units;
	}

	List<FoundDeadline> read(List<Paragraph> body) {
		List<FoundDeadline> found = new ArrayList<>();
		List<Heading> open = new ArrayList<>();
		String listRecipient = null;
		for (Paragraph paragraph : body) {
			Heading heading = Heading.of(paragraph.text()).orElse(null);
			if (heading != null) {
				open.removeIf((outer) -> outer.level() >= heading.level());
				open.add(heading);
				listRecipient = null;
			}
			int dated = found.size();
			Matcher item = ITEM.matcher(paragraph.text());
			while (item.find()) {
				String text = item.group();
				Matcher about = SENT_ABOUT.matcher(text);
				while (about.find()) {
					if (VietnameseText.fold(text).contains("bao cao") && !this.units.match(about.group(1)).isEmpty()) {
						listRecipient = about.group(1).strip();
					}
				}
				Matcher deadline = DEADLINE.matcher(text);
				if (deadline.find()) {
					// "chậm nhất ngày 10/7/2025 (báo cáo 6 tháng) và chậm nhất ngày 10/12/2025 (báo cáo năm)":
					// the report is named in the parentheses after its date, the recipient once for both.
					String aside = aside(paragraph.text(), item.end());
					String recipient = (found.size() > dated) ? found.getLast().recipientPrinted() : listRecipient;
					found.add(deadline(paragraph, item.start(), text, deadline, open, recipient, aside));
				}
			}
			if (found.size() == dated) {
				undated(paragraph, open).forEach(found::add);
			}
		}
		return found;
	}

	private List<FoundDeadline> undated(Paragraph paragraph, List<Heading> open) {
		List<FoundDeadline> duties = new ArrayList<>();
		Reporter reporter = reporterOf(open);
		if (reporter == null) {
			return duties;
		}
		Matcher sentence = SENTENCE.matcher(paragraph.text());
		while (sentence.find()) {
			String text = sentence.group().strip();
			int start = sentence.start() + leading(sentence.group());
			Matcher duty = UNDATED.matcher(text);
			if (text.endsWith(":") || !duty.find()) {
				continue;
			}
			String clause = text.substring(duty.start()).replaceAll("[.;]$", "");
			Matcher to = UNDATED_RECIPIENT.matcher(clause);
			String recipient = null;
			String title = clause;
			while (to.find()) {
				if (!this.units.match(to.group(1)).isEmpty() || recipient == null) {
					recipient = to.group(1).strip();
					title = clause.substring(0, to.start()).strip();
				}
			}
			title = VietnameseText.capitalised(title.isEmpty() ? clause : title);
			String period = (ReportPeriod.of(clause) != null) ? ReportPeriod.of(clause) : ReportPeriod.PERIODIC;
			duties.add(new FoundDeadline(title, period, null, null, reporter.match(), reporter.printed(),
					(recipient != null) ? this.units.match(recipient) : UnitMatch.NONE, recipient,
					paragraph, start, start + duty.start(), text));
		}
		return duties;
	}

	/** The unit of the innermost numbered item above that names one the directory knows. */
	private Reporter reporterOf(List<Heading> open) {
		for (Heading heading : open.reversed()) {
			String assignee = (heading.level() > 0) ? Assignee.of(heading.title()) : null;
			if (assignee != null && !this.units.match(assignee).isEmpty()) {
				return new Reporter(assignee, this.units.match(assignee));
			}
		}
		return null;
	}

	private FoundDeadline deadline(Paragraph paragraph, int offset, String text, Matcher deadline, List<Heading> open,
			String earlierRecipient, String aside) {
		String before = text.substring(0, deadline.start()).strip();
		Matcher sentTo = SENT_TO.matcher(before);
		boolean named = sentTo.find();
		String recipient = named ? sentTo.group(1) : earlierRecipient;
		int sent = before.toLowerCase(Locale.ROOT).lastIndexOf("gửi");
		String title = VietnameseText.capitalised(((sent > 0) ? before.substring(0, sent) : before)
			.replaceFirst("^[-+•–]\\s*", "")
			.replaceFirst("^(?:và|hoặc)\\s+", "")
			.strip());
		if (ReportPeriod.of(title) == null && aside != null && ReportPeriod.of(aside) != null) {
			title = VietnameseText.capitalised(aside);
		}
		DateExpression due = DateExpression.first(deadline.group(2).replace(" ", ""));
		DueRule rule = deadline.group(1).toLowerCase(Locale.ROOT).startsWith("trước ngày") ? DueRule.BEFORE_DAY : DueRule.END_OF_DAY;
		Reporter reporter = reporterOf(open);
		return new FoundDeadline(title, ReportPeriod.of(title), (due != null) ? due.date() : null, rule,
				(reporter != null) ? reporter.match() : UnitMatch.NONE, (reporter != null) ? reporter.printed() : null,
				(recipient != null) ? this.units.match(recipient) : UnitMatch.NONE, recipient,
				paragraph, offset + leading(text), offset + deadline.start(), text.strip());
	}

	/** The words in parentheses right after {@code end}, or {@code null}. */
	private static String aside(String text, int end) {
		Matcher aside = ASIDE.matcher(text).region(end, text.length());
		return aside.lookingAt() ? aside.group(1).strip() : null;
	}

	private static int leading(String text) {
		return text.length() - text.stripLeading().length();
	}

	private record Reporter(String printed, UnitMatch match) {

	}

}
