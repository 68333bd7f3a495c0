package vn.health.notification.delivery;

/** Thư điện tử — one e-mail, with the same text as plain text and as HTML. */
public record Email(String to, String subject, String text, String html) {

	static Email of(String to, Notice notice) {
		return new Email(to, notice.subject(), notice.text(), notice.html());
	}

}
