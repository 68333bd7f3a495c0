package vn.health.notification.delivery;

import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

import static java.util.stream.Collectors.joining;

/**
 * Thư thông báo — the layout every notice shares: salutation and opening lines, a list of facts, a closing
 * request, a link to the console page where the unit acts on it (when there is one) and the automatic-mail footer,
 * as plain text and as HTML.
 */
public record Letter(List<String> opening, List<Map.Entry<String, String>> facts, String request, String link) {

	static final String FOOTER = "Thư được gửi tự động từ Hệ thống Truyền thông Y tế, vui lòng không trả lời thư này.";

	public Letter {
		opening = List.copyOf(opening);
		facts = List.copyOf(facts);
	}

	/** Without a console link. */
	public Letter(List<String> opening, List<Map.Entry<String, String>> facts, String request) {
		this(opening, facts, request, null);
	}

	public String text() {
		return String.join("\n\n", this.opening) + "\n\n"
				+ this.facts.stream().map((fact) -> "- " + fact.getKey() + ": " + fact.getValue() + "\n").collect(joining())
				+ "\n" + this.request + "\n\n" + ((this.link != null) ? "Xem chi tiết: " + this.link + "\n\n" : "")
				+ FOOTER + "\n";
	}

	public String html() {
		return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"></head><body>"
				+ this.opening.stream().map((line) -> "<p>" + escape(line) + "</p>").collect(joining()) + "<ul>"
				+ this.facts.stream()
					.map((fact) -> "<li><strong>" + escape(fact.getKey()) + ":</strong> " + escape(fact.getValue())
							+ "</li>")
					.collect(joining())
				+ "</ul><p>" + escape(this.request) + "</p>"
				+ ((this.link != null) ? "<p><a href=\"" + escape(this.link) + "\">Xem chi tiết trên Hệ thống</a></p>" : "")
				+ "<p><small>" + escape(FOOTER) + "</small></p></body></html>";
	}

	/** Escapes markup only; Vietnamese letters stay as they are (the mail is UTF-8). */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
