package vn.health.plan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.health.plan.plan.Contact;

/**
 * Đầu mối liên hệ — the persons a plan names for questions, usually in parentheses near its end:
 * "(BS. Tuấn, SĐT: 0385.944.883)", "(Đ/c Đỗ Minh Tuấn. Email: … - SĐT: 0989.123.334)".
 */
final class ContactReader {

	private static final Pattern CONTACT = Pattern.compile("\\(([^()]*?(?:SĐT|ĐT|Điện thoại|Email|E-mail)[^()]*)\\)");

	private static final Pattern PHONE = Pattern.compile("(?:SĐT|ĐT|Điện thoại)\\s*:?\\s*(\\+?\\d[\\d .]{6,16}\\d)");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

	/** "BS. Tuấn", "Đ/c Đỗ Minh Tuấn", "Ông Nguyễn Văn A": the name before the first comma, full stop or dash. */
	private static final Pattern NAME = Pattern.compile("^((?:BS\\.|ThS\\.|CN\\.|Đ/c|đ/c|Ông|Bà)?\\s*\\p{Lu}[\\p{L} ]*?)\\s*(?:[,.;-]|SĐT|Email|$)");

	private ContactReader() {
	}

	static List<Contact> read(List<Paragraph> paragraphs, FieldSources spans) {
		List<Contact> contacts = new ArrayList<>();
		for (Paragraph paragraph : paragraphs) {
			Matcher group = CONTACT.matcher(paragraph.text());
			while (group.find()) {
				String text = group.group(1).strip();
				Matcher name = NAME.matcher(text);
				Matcher phone = PHONE.matcher(text);
				Matcher email = EMAIL.matcher(text);
				if (name.find()) {
					spans.paragraph("contacts[" + contacts.size() + "]", paragraph, group.start(), group.end(), 0.8);
					contacts.add(new Contact(name.group(1).strip(), null, phone.find() ? phone.group(1) : null,
							email.find() ? email.group() : null));
				}
			}
		}
		return contacts;
	}

}
