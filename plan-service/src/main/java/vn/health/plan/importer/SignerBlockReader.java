package vn.health.plan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.health.plan.plan.Recipient;
import vn.health.plan.plan.Signer;
import vn.health.plan.plan.SignerAuthority;

/**
 * Nơi nhận và chữ ký — the foot of the document (Nghị định 30/2020/NĐ-CP, Điều 8 khoản 7–8 and Phụ lục I):
 * "Nơi nhận:" with one "- …;" line per recipient ending in "Lưu: VT, …"; the signature block with the
 * authority ({@code KT.}, {@code TM.}, {@code TL.}, {@code TUQ.}, {@code Q.}) and the head's title, the
 * signer's own title, then the full name under the signature.
 * <p>
 * Recipients are matched to the directory like assignees, after the note the line carries
 * ("(b/c)", "(để thực hiện)") is dropped. Outside bodies (UBND tỉnh, Báo Lạng Sơn) are rightly absent
 * from a health directory, so an unmatched recipient is information, not a warning; "Lưu: VT, …" is
 * the issuer's own archive and is not matched.
 */
final class SignerBlockReader {

	private static final Pattern RECIPIENTS = Pattern.compile("^Nơi nhận\\s*:?\\s*(.*)$");

	private static final Pattern RECIPIENT = Pattern.compile("^[-+•–]\\s*(.+)$");

	/** The purpose a recipient line adds: "(b/c)", "(để biết)", "(thực hiện)", and its closing ";" or ".". */
	private static final Pattern NOTE = Pattern.compile("\\s*(?:\\([^()]*\\))?\\s*[;.,]?\\s*$");

	private static final Pattern ARCHIVE = Pattern.compile("^Lưu\\b");

	private static final Pattern AUTHORITY = Pattern.compile("^(KT|TM|TL|TUQ|Q)\\.\\s*(\\p{Lu}[\\p{Lu}\\s.]*)$");

	/** A title line is in capitals: "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC", "PHÓ CHỦ TỊCH". */
	private static final Pattern TITLE = Pattern.compile("^[\\p{Lu}][\\p{Lu}\\s.]{2,60}$");

	/** The head signing in person has no authority prefix: "GIÁM ĐỐC", "CHỦ TỊCH", "TRƯỞNG PHÒNG". */
	private static final Pattern HEAD = Pattern.compile("^(?:PHÓ\\s+)?(?:GIÁM ĐỐC|CHỦ TỊCH|(?:BỘ |THỦ )?TRƯỞNG(?:\\s+\\p{Lu}+)*)$");

	/** A name under the signature: two to six capitalised words ("Từ Quốc Hiệu", "Lý Kim Soi"). */
	private static final Pattern NAME = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,5}$");

	private SignerBlockReader() {
	}

	static List<Recipient> recipients(SourceText source, UnitMatching units, List<ImportFinding> findings,
			FieldSources spans) {
		List<Recipient> recipients = new ArrayList<>();
		for (int number = 1; number <= source.lines().size(); number++) {
			Matcher start = RECIPIENTS.matcher(source.line(number));
			if (!start.matches()) {
				continue;
			}
			for (int line = number + 1; line <= source.lines().size(); line++) {
				Matcher recipient = RECIPIENT.matcher(source.line(line));
				if (recipient.matches()) {
					recipients.add(recipient(recipient.group(1).strip(), line, recipients.size(), units, findings, spans));
				}
				else if (!source.line(line).isBlank()) {
					break;
				}
			}
			return recipients;
		}
		findings.add(ImportFinding.info("recipients", "Không thấy mục \"Nơi nhận\"", "No \"Nơi nhận\" list", null, null));
		return recipients;
	}

	private static Recipient recipient(String printed, int line, int index, UnitMatching units,
			List<ImportFinding> findings, FieldSources spans) {
		String field = "recipients[" + index + "]";
		spans.lines(field, line, line, 1.0);
		if (ARCHIVE.matcher(printed).find()) {
			return new Recipient(printed, null);
		}
		String name = NOTE.matcher(printed).replaceFirst("");
		UnitMatch match = units.match(name);
		String unitId = match.singleUnitId();
		spans.lines(field + ".unitId", line, line, match.confidence());
		if (match.isEmpty()) {
			findings.add(ImportFinding.info(field + ".unitId", "Nơi nhận \"" + name + "\" không có trong danh bạ (cơ quan ngoài ngành?)",
					"Recipient \"" + name + "\" is not in the directory (a body outside the health sector?)", line, printed));
		}
		else if (unitId == null) {
			findings.add(ImportFinding.info(field + ".unitId", "Nơi nhận \"" + name + "\" là một nhóm đơn vị " + match.unitTypes(),
					"Recipient \"" + name + "\" is a group of units " + match.unitTypes(), line, printed));
		}
		else if (match.confidence() < UnitFindings.SURE) {
			findings.add(ImportFinding.warning(field + ".unitId", "Nơi nhận \"" + name + "\" đối chiếu với " + unitId
					+ " chưa chắc chắn", "Recipient \"" + name + "\" matched to " + unitId + " is uncertain", line, printed));
		}
		return new Recipient(printed, unitId);
	}

	static Signer signer(SourceText source, List<ImportFinding> findings, FieldSources spans) {
		for (int number = source.lines().size(); number >= 1; number--) {
			Matcher authority = AUTHORITY.matcher(source.line(number));
			if (authority.matches()) {
				List<String> below = nonBlankAfter(source, number, 4);
				String title = (!below.isEmpty() && TITLE.matcher(below.get(0)).matches()) ? below.get(0) : null;
				String name = below.stream().filter((line) -> NAME.matcher(line).matches()).findFirst().orElse(null);
				if (name == null) {
					findings.add(ImportFinding.warning("signer.fullName", "Không thấy họ tên người ký dưới chức danh",
							"No signer's name under the title", number, source.line(number)));
				}
				spans.lines("signer", number, lineOf(source, number, (name != null) ? name : source.line(number)),
						(name != null) ? 0.9 : 0.6);
				return new Signer(SignerAuthority.valueOf(authority.group(1)), authority.group(2).strip(), title, name);
			}
		}
		for (int number = source.lines().size(); number >= 1; number--) {
			List<String> below = nonBlankAfter(source, number, 3);
			if (HEAD.matcher(source.line(number)).matches() && below.stream().anyMatch((line) -> NAME.matcher(line).matches())) {
				String name = below.stream().filter((line) -> NAME.matcher(line).matches()).findFirst().orElseThrow();
				// Without "KT."/"TM." the block is recognised by the title alone: a weaker reading.
				spans.lines("signer", number, lineOf(source, number, name), 0.8);
				return new Signer(null, null, source.line(number), name);
			}
		}
		findings.add(ImportFinding.warning("signer", "Không thấy khối chữ ký (KT./TM./TL. …, chức danh, họ tên)",
				"No signature block (KT./TM./TL. …, title, name)", null, null));
		return null;
	}

	/** The line at or after {@code from} that reads {@code text}. */
	private static int lineOf(SourceText source, int from, String text) {
		for (int line = from; line <= source.lines().size(); line++) {
			if (source.line(line).equals(text)) {
				return line;
			}
		}
		return from;
	}

	private static List<String> nonBlankAfter(SourceText source, int number, int count) {
		return source.lines().subList(number, source.lines().size())
			.stream()
			.filter((line) -> !line.isBlank())
			.limit(count)
			.toList();
	}

}
