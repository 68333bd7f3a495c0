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
 */
final class DeadlineReader {

	/**
	 * DESIGN "Deadlines": "gửi trước ngày D" is due when D starts (BEFORE_DAY); "chậm nhất ngày D" and
	 * "trước hoặc trong ngày D" when D ends (END_OF_DAY). The longer phrase is tried first.
	 */
	private static final Pattern DEADLINE = Pattern.compile(
			"(trước hoặc trong ngày|chậm nhất(?:\\s+là)?(?:\\s+(?:vào\\s+)?ngày)?|trước ngày)\\s*(\\d{1,2}\\s*/\\s*\\d{1,2}\\s*/\\s*\\d{4})",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** The items of a list written inside one sentence: "… (báo cáo 6 tháng gửi trước …; báo cáo năm gửi trước …)". */
	private static final Pattern ITEM = Pattern.compile("[^;()]+");

	/** "gửi Sở Y tế", "gửi về Trung tâm …" right before the deadline phrase. */
	private static final Pattern SENT_TO = Pattern.compile("gửi\\s+(?:về\\s+)?(\\p{Lu}.*?)\\s*$");

	/** "báo cáo … (gửi) về Trung tâm Kiểm soát bệnh tật tỉnh để tổng hợp …": the recipient of the list that follows. */
	private static final Pattern SENT_ABOUT = Pattern.compile(
			"về\\s+(\\p{Lu}[^,;():.]*?)(?=\\s+(?:để|theo|trước|chậm nhất|cụ thể)(?:\\s|$)|[,;():.]|$)");

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
					found.add(deadline(paragraph, item.start(), text, deadline, open, listRecipient));
				}
			}
		}
		return found;
	}

	private FoundDeadline deadline(Paragraph paragraph, int offset, String text, Matcher deadline, List<Heading> open,
			String listRecipient) {
		String before = text.substring(0, deadline.start()).strip();
		Matcher sentTo = SENT_TO.matcher(before);
		String recipient = sentTo.find() ? sentTo.group(1) : listRecipient;
		int sent = before.toLowerCase(Locale.ROOT).lastIndexOf("gửi");
		String title = VietnameseText.capitalised(((sent > 0) ? before.substring(0, sent) : before)
			.replaceFirst("^[-+•–]\\s*", "")
			.strip());
		DateExpression due = DateExpression.first(deadline.group(2).replace(" ", ""));
		DueRule rule = deadline.group(1).toLowerCase(Locale.ROOT).startsWith("trước ngày") ? DueRule.BEFORE_DAY : DueRule.END_OF_DAY;
		String reporter = null;
		UnitMatch reporterMatch = UnitMatch.NONE;
		for (Heading heading : open.reversed()) {
			String assignee = (heading.level() > 0) ? Assignee.of(heading.title()) : null;
			if (assignee != null && !this.units.match(assignee).isEmpty()) {
				reporter = assignee;
				reporterMatch = this.units.match(assignee);
				break;
			}
		}
		return new FoundDeadline(title, ReportPeriod.of(title), (due != null) ? due.date() : null, rule, reporterMatch,
				reporter, (recipient != null) ? this.units.match(recipient) : UnitMatch.NONE, recipient,
				paragraph.lineAt(offset + deadline.start()), text.strip());
	}

}
