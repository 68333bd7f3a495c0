package vn.health.plan.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Đơn vị được giao — the organisation a numbered item of "Tổ chức thực hiện" is about, as printed:
 * "3. Trung tâm Kiểm soát bệnh tật tỉnh", "1.1. Phòng Nghiệp vụ Y- Dược là đầu mối, …",
 * "2.1. Trung tâm Kiểm soát bệnh tật: Chủ trì, …". A topic ("3.1. Công tác phối hợp …") is none.
 */
final class Assignee {

	/** Organisations are printed with the word for what they are first: "Trung tâm …", "Các phòng …", "TTYT …". */
	private static final Pattern ORGANISATION = Pattern.compile("^(?:(?:Các|các)\\s+)?(?:Trung tâm|Trạm|Bệnh viện|Sở"
			+ "|Phòng|phòng|Văn phòng|Ban|Khoa|Đơn vị|đơn vị|Cơ sở|cơ sở|UBND|Ủy ban|Hội|Đài|Báo|TTYT|CDC)(?=\\s|$)");

	/** The name runs to a colon or to "là" ("Phòng … là đầu mối"); the rest is the first sentence of the task. */
	private static final Pattern NAME_AND_TASK = Pattern.compile("^(.{3,120}?)(?::\\s*|\\s+(?=là\\s))(.*)$");

	private Assignee() {
	}

	/** The organisation named by a heading's title, or {@code null}. */
	static String of(String headingTitle) {
		if (!ORGANISATION.matcher(headingTitle).find()) {
			return null;
		}
		Matcher split = NAME_AND_TASK.matcher(headingTitle);
		return split.matches() ? split.group(1).strip() : headingTitle.strip();
	}

	/** What follows the organisation's name in its heading ("Là đầu mối, …"), or an empty string. */
	static String taskLead(String headingTitle) {
		Matcher split = NAME_AND_TASK.matcher(headingTitle);
		return split.matches() ? VietnameseText.capitalised(split.group(2)) : "";
	}

}
