package vn.health.plan.edxml;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.health.plan.importer.FieldSource;
import vn.health.plan.importer.ImportFinding.Severity;
import vn.health.plan.importer.ImportFinding;
import vn.health.plan.importer.ImportResult;
import vn.health.plan.importer.KnownUnit;
import vn.health.plan.plan.DocumentDate;
import vn.health.plan.plan.PlanDraft;
import vn.health.plan.plan.Recipient;
import vn.health.plan.plan.Signer;
import vn.health.plan.plan.SignerAuthority;
import vn.health.servicekit.edxml.EdXmlAttachment;
import vn.health.servicekit.edxml.EdXmlHeader;

/**
 * Dự thảo từ gói tin — the header of a package laid over the draft read from its attached document: what
 * the sending agency declared wins, and where the document says otherwise the person is told.
 */
final class DraftFromPackage {

	private static final Pattern AUTHORITY = Pattern.compile("^(KT|TM|TL|TUQ|Q)\\.\\s*(.*)$");

	private static final Set<String> READABLE = Set.of("txt", "html", "htm", "docx", "pdf");

	/** Header fields that replace the document's; the importer's findings on them no longer apply. */
	private static final List<String> FROM_HEADER = List.of("number", "title", "place", "date", "signer", "recipients",
			"issuerUnitId");

	/** What a package without a readable attachment contributes beyond its header: nothing. */
	private static final PlanDraft NO_TEXT = new PlanDraft(null, null, null, List.of(), null, null, null, null, null,
			List.of(), List.of(), null, List.of(), List.of(), List.of(), null, List.of());

	private DraftFromPackage() {
	}

	/** The attachment holding the plan: the first one of a type the importer reads, else the first one. */
	static EdXmlAttachment documentOf(EdXmlPackage received) {
		return received.attachments().stream()
			.filter((attachment) -> READABLE.contains(extension(attachment.name())))
			.findFirst()
			.orElse(received.attachments().isEmpty() ? null : received.attachments().get(0));
	}

	static EdXmlImportResult merge(String packageId, EdXmlPackage received, ImportResult read, List<KnownUnit> units) {
		EdXmlHeader header = received.header();
		PlanDraft text = (read != null) ? read.draft() : NO_TEXT;
		String issuer = unitNamed(header.from().organName(), units);
		DocumentDate date = new DocumentDate(header.promulgationDate().getDayOfMonth(),
				header.promulgationDate().getMonthValue(), header.promulgationDate().getYear());
		PlanDraft draft = new PlanDraft(header.number(), header.subject(), (text.year() != null) ? text.year() : date.year(),
				text.requirements(), (issuer != null) ? issuer : text.issuerUnitId(),
				(header.place() != null) ? header.place() : text.place(), date, text.kind(), text.period(),
				text.legalBases(), text.sections(), text.budget(), text.assignments(), text.themes(),
				recipients(header, text, units), (header.signer() != null) ? signer(header.signer()) : text.signer(),
				text.contacts());
		return new EdXmlImportResult(packageId, header.documentId(), header.from(), draft,
				findings(received, read, draft.issuerUnitId() != null), fields(read), (read != null) ? read.source() : null);
	}

	private static List<FieldSource> fields(ImportResult read) {
		return (read != null) ? read.fields().stream()
			.filter((field) -> FROM_HEADER.stream().noneMatch((header) -> about(field.field(), header)))
			.toList() : List.of();
	}

	private static List<ImportFinding> findings(EdXmlPackage received, ImportResult read, boolean issuerKnown) {
		EdXmlHeader header = received.header();
		List<ImportFinding> findings = new ArrayList<>();
		if (read != null) {
			read.findings().stream().filter((finding) -> FROM_HEADER.stream().noneMatch((field) -> about(finding.field(), field)))
				.forEach(findings::add);
			differs(findings, "number", header.number(), read.draft().number());
			differs(findings, "title", header.subject(), read.draft().title());
		}
		else {
			findings.add(new ImportFinding(Severity.WARNING, "sections", "Gói tin không có tệp đính kèm chứa nội dung kế hoạch",
					"The package has no attached document with the plan's text", null, null));
		}
		received.attachments().stream().filter((attachment) -> attachment != documentOf(received)).forEach((other) ->
				findings.add(new ImportFinding(Severity.INFO, "", "Tệp đính kèm không được đọc: " + other.name(),
						"Attachment not read: " + other.name(), null, null)));
		if (!plan(header)) {
			findings.add(new ImportFinding(Severity.WARNING, "", "Văn bản loại \"" + header.documentType() + "\", không phải kế hoạch",
					"The document is a \"" + header.documentType() + "\", not a plan", null, null));
		}
		if (!issuerKnown) {
			findings.add(new ImportFinding(Severity.INFO, "issuerUnitId", "Cơ quan gửi \"" + header.from().organName()
					+ "\" chưa có trong danh bạ", "The sending agency \"" + header.from().organName()
					+ "\" is not in the directory", null, null));
		}
		return findings;
	}

	/**
	 * {@code ToPlaces} as printed under "Nơi nhận", else the agencies the package was sent {@code To}. A
	 * place the attached document also lists (its closing ";" aside) keeps the unit the importer matched it
	 * to ("Lãnh đạo Sở" is the Sở); any other is matched by the unit's exact name.
	 */
	private static List<Recipient> recipients(EdXmlHeader header, PlanDraft text, List<KnownUnit> units) {
		List<String> names = !header.toPlaces().isEmpty() ? header.toPlaces()
				: header.to().stream().map(EdXmlHeader.Organ::organName).filter(Objects::nonNull).toList();
		return names.isEmpty() ? text.recipients() : names.stream()
			.map((name) -> text.recipients()
				.stream()
				.filter((printed) -> Objects.equals(listed(printed.name()), listed(name)))
				.findFirst()
				.map((printed) -> new Recipient(name, printed.unitId()))
				.orElseGet(() -> new Recipient(name, unitNamed(name, units))))
			.toList();
	}

	/** A "Nơi nhận" line without the ";" or "." that ends it in the document and not in {@code ToPlaces}. */
	private static String listed(String name) {
		return folded(name.replaceAll("[;.,\\s]+$", ""));
	}

	private static void differs(List<ImportFinding> findings, String field, String declared, String printed) {
		boolean numberedOnSending = printed != null && printed.startsWith("/") && declared.endsWith(printed);
		if (printed != null && !printed.isBlank() && !numberedOnSending
				&& !Objects.equals(folded(declared), folded(printed))) {
			findings.add(new ImportFinding(Severity.WARNING, field, "Gói tin ghi \"" + declared + "\", văn bản đính kèm ghi \""
					+ printed + "\"", "The package header says \"" + declared + "\", the attached document \"" + printed
					+ "\"", null, printed));
		}
	}

	private static boolean about(String path, String field) {
		return path.equals(field) || path.startsWith(field + ".") || path.startsWith(field + "[");
	}

	private static boolean plan(EdXmlHeader header) {
		return header.documentType() == null || folded(header.documentType()).contains("kế hoạch")
				|| header.codeNotation().startsWith("KH-");
	}

	private static String unitNamed(String name, List<KnownUnit> units) {
		List<String> ids = units.stream().filter((unit) -> folded(unit.name()).equals(folded(name))).map(KnownUnit::id).toList();
		return (ids.size() == 1) ? ids.get(0) : null;
	}

	private static String folded(String text) {
		return (text != null) ? Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
			.toLowerCase(Locale.ROOT) : null;
	}

	private static String extension(String name) {
		int dot = (name != null) ? name.lastIndexOf('.') : -1;
		return (dot >= 0) ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
	}

	/** The plan's signature block: {@code KT. GIÁM ĐỐC} gives authority KT for the GIÁM ĐỐC. */
	static Signer signer(EdXmlHeader.SignerInfo info) {
		Matcher authority = (info.competence() != null) ? AUTHORITY.matcher(info.competence()) : null;
		if (authority != null && authority.matches()) {
			return new Signer(SignerAuthority.valueOf(authority.group(1)), authority.group(2).strip(), info.function(),
					info.fullName());
		}
		return new Signer(null, null, (info.function() != null) ? info.function() : info.competence(), info.fullName());
	}

}
