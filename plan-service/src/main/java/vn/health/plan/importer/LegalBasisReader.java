package vn.health.plan.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.health.plan.plan.LegalBasis;

/**
 * Căn cứ — the documents a plan implements, from the paragraphs before part I that open with
 * "Căn cứ" or "Thực hiện" (one paragraph may hold several, separated by ";" or "cùng với việc thực
 * hiện"). A page that is not a plan has no such paragraph: then the documents it says were issued
 * ("Bộ trưởng Bộ Y tế ban hành Quyết định 128/QĐ-BYT") are taken, with a warning.
 */
final class LegalBasisReader {

	private static final Pattern OPENER = Pattern.compile("^(?:Căn cứ|Thực hiện)(?=\\s|$)\\s*(?:vào\\s+)?",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** Where one basis ends and the next begins inside a paragraph. */
	private static final Pattern NEXT = Pattern.compile(
			";\\s*|,?\\s*cùng với việc\\s+(?=thực hiện)|,\\s*(?=(?:căn cứ|thực hiện)\\s)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	/** The issuer's own sentence that closes the preamble: ", Sở Y tế … xây dựng Kế hoạch … như sau:". */
	private static final Pattern ISSUING = Pattern.compile(
			"(?:^|[,;])\\s*(?:Sở|Ủy ban|UBND|Trung tâm|Bệnh viện|Phòng)\\s[^,;]*?(?iu:ban hành|xây dựng)\\s+(?iu:kế hoạch).*$");

	private static final Pattern ISSUED = Pattern.compile("ban hành\\s+((?:Quyết định|Kế hoạch|Chỉ thị|Thông tư)\\s*(?:số\\s*)?)",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private LegalBasisReader() {
	}

	static List<LegalBasis> read(List<Paragraph> preamble, List<Paragraph> all, List<ImportFinding> findings,
			FieldSources spans) {
		List<LegalBasis> bases = new ArrayList<>();
		for (Paragraph paragraph : preamble) {
			if (OPENER.matcher(paragraph.text()).find()) {
				clauses(paragraph, bases, spans);
			}
		}
		if (bases.isEmpty()) {
			issuedDocuments(all, bases, findings, spans);
		}
		return bases;
	}

	/** Each clause between the separators of {@link #NEXT}, with where it was printed. */
	private static void clauses(Paragraph paragraph, List<LegalBasis> bases, FieldSources spans) {
		Matcher next = NEXT.matcher(paragraph.text());
		int from = 0;
		boolean more = true;
		while (more) {
			more = next.find();
			int to = more ? next.start() : paragraph.text().length();
			String clause = paragraph.text().substring(from, to);
			String text = ISSUING.matcher(OPENER.matcher(clause.strip()).replaceFirst("")).replaceFirst("").strip();
			if (!text.isEmpty()) {
				LegalBasis basis = basis(text);
				// A clause citing a numbered document is a sure reading; one citing a programme by name is not.
				spans.paragraph("legalBases[" + bases.size() + "]", paragraph, from, to,
						(basis.number() != null) ? 0.9 : 0.6);
				bases.add(basis);
			}
			from = more ? next.end() : to;
		}
	}

	private static LegalBasis basis(String clause) {
		Matcher number = DocumentReference.NUMBER.matcher(clause);
		if (!number.find()) {
			return new LegalBasis(null, null, null, clause.replaceAll("[,;.]+$", ""), null);
		}
		String after = clause.substring(number.end());
		DateExpression date = DateExpression.first(after);
		Matcher issuer = DocumentReference.ISSUER.matcher(after);
		String issuerName = issuer.find() ? issuer.group(1).strip() : null;
		String title = (issuerName != null) ? after.substring(issuer.end()).strip() : after.strip();
		if (title.isEmpty()) {
			title = clause;
		}
		LocalDate when = (date != null && date.start() < 20) ? date.date() : null;
		return new LegalBasis(number.group(), when, issuerName, title.replaceAll("[,;.]+$", ""), null);
	}

	private static void issuedDocuments(List<Paragraph> paragraphs, List<LegalBasis> bases, List<ImportFinding> findings,
			FieldSources spans) {
		for (Paragraph paragraph : paragraphs) {
			Matcher issued = ISSUED.matcher(paragraph.text());
			while (issued.find()) {
				String rest = paragraph.text().substring(issued.end());
				Matcher number = DocumentReference.NUMBER.matcher(rest);
				if (number.lookingAt()) {
					String sentence = paragraph.text().substring(0, issued.start());
					DateExpression date = DateExpression.first(sentence + " " + rest.substring(number.end()));
					Matcher subject = Pattern.compile("(?:^|,)\\s*(\\p{Lu}[^,]*?)\\s*$").matcher(sentence);
					String issuer = subject.find() ? subject.group(1) : null;
					String title = rest.substring(number.end()).replaceAll("^\\s*(ngày\\s+\\S+\\s*)?", "").strip();
					spans.paragraph("legalBases[" + bases.size() + "]", paragraph, issued.start(),
							issued.end() + number.end(), 0.5);
					bases.add(new LegalBasis(number.group(), (date != null) ? date.date() : null, issuer,
							title.replaceAll("[,;.]+$", ""), null));
					findings.add(ImportFinding.warning("legalBases[" + (bases.size() - 1) + "]",
							"Không có đoạn \"Căn cứ\"/\"Thực hiện\": văn bản " + number.group() + " lấy từ nội dung bài viết",
							"No \"Căn cứ\"/\"Thực hiện\" paragraph: document " + number.group() + " taken from the text",
							paragraph.lineAt(issued.start()), issued.group() + number.group()));
				}
			}
		}
	}

}
