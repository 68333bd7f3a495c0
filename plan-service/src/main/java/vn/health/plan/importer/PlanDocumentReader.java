package vn.health.plan.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.health.contracts.plan.PlanKind;
import vn.health.contracts.plan.PlanPeriod;
import vn.health.plan.plan.Budget;
import vn.health.plan.plan.PlanDraft;
import vn.health.plan.plan.Section;

/**
 * Đọc kế hoạch — reads an official plan (Nghị định 30/2020/NĐ-CP layout) into a draft the console can
 * POST to {@code /api/plans} after review, with a finding for everything a person must confirm. A text
 * with nothing of a plan (no "KẾ HOẠCH" title, legal basis, numbered part, deadline or theme table) is
 * refused as {@link UnreadableDocument.Reason#NOT_A_PLAN}; one with some of it is read with a warning.
 */
public final class PlanDocumentReader {

	/** "Từ ngày 15/8/2024 đến ngày 31/01/2025": the period of a campaign plan. */
	private static final Pattern PERIOD = Pattern.compile("[Tt]ừ ngày\\s*(\\d{1,2}/\\d{1,2}/\\d{4})\\s*(?:đến|tới)\\s*(?:hết\\s*)?ngày\\s*(\\d{1,2}/\\d{1,2}/\\d{4})");

	/** The issuer's own sentence closing the preamble: "…, Sở Y tế ban hành Kế hoạch …", "Trung tâm … xây dựng Kế hoạch …". */
	private static final Pattern ISSUING = Pattern.compile("(?:^|[,;.:]\\s*)((?:Sở|Ủy ban|UBND|Trung tâm|Bệnh viện|Phòng)\\s[^,;.:]*?)"
			+ "\\s+(?:ban hành|xây dựng|triển khai)\\s+(?:[Kk]ế hoạch)");

	private static final Pattern TITLE_YEAR = Pattern.compile("năm\\s+(\\d{4})");

	private final UnitMatching units;

	public PlanDocumentReader(List<KnownUnit> directory) {
		this.units = new UnitMatching(directory);
	}

	public ImportResult read(SourceText source) {
		List<ImportFinding> findings = new ArrayList<>();
		FieldSources spans = new FieldSources(source);
		DocumentHeader header = DocumentHeader.read(source, findings, spans);
		List<Paragraph> paragraphs = Paragraphs.of(source);
		int start = (DocumentHeader.bodyStart(source) > 0) ? DocumentHeader.bodyStart(source)
				: (header.titleLine() != null) ? header.titleLine() + 1 : DocumentHeader.firstTextLine(source) + 1;
		List<Paragraph> body = paragraphs.stream()
			.filter((paragraph) -> paragraph.firstLine() >= start)
			.takeWhile((paragraph) -> !paragraph.text().startsWith("Nơi nhận"))
			.toList();
		List<Paragraph> preamble = body.stream().takeWhile((paragraph) -> !paragraph.text().matches("^[IVX]{1,5}\\..*")).toList();
		List<Section> sections = SectionReader.read(body, spans);
		PlanPeriod period = campaignPeriod(body, spans);
		Integer year = yearOf(header, period, spans);
		spans.same("kind", (period != null) ? "period" : "title", (period != null) ? 0.9 : 0.6);
		var signer = SignerBlockReader.signer(source, findings, spans);
		var legalBases = LegalBasisReader.read(preamble, paragraphs, findings, spans);
		String issuerUnitId = issuer(header, preamble, findings, spans);
		UnitMatching units = this.units.issuedBy(issuerUnitId);
		var assignments = new AssignmentReader(units).read(sections, body, findings, spans);
		var requirements = ReportingRegime.requirements(new DeadlineReader(units).read(body), year, findings, spans);
		var themes = ThemeTableReader.read(source, findings, spans);
		if (header.titleLine() == null && legalBases.isEmpty() && requirements.isEmpty() && themes.isEmpty()
				&& sections.stream().noneMatch((section) -> section.heading() != null)) {
			throw new UnreadableDocument(UnreadableDocument.Reason.NOT_A_PLAN,
					"Tệp không phải một kế hoạch: không có tiêu đề \"KẾ HOẠCH\", căn cứ, mục I, II…, hạn báo cáo hay phụ lục chủ đề",
					"The file is not a plan: it has no \"KẾ HOẠCH\" title, legal basis, numbered parts, reporting deadline or theme appendix");
		}
		if (themes.isEmpty() && body.stream().anyMatch((paragraph) -> paragraph.text().contains("Phụ lục"))) {
			findings.add(ImportFinding.info("themes", "Kế hoạch nhắc tới phụ lục nhưng tệp không có bảng chủ đề",
					"The plan refers to an appendix that is not in the file", null, null));
		}
		if (year == null) {
			findings.add(ImportFinding.error("year", "Không xác định được năm kế hoạch", "The plan year was not found", null,
					null));
		}
		if (header.titleLine() == null) {
			findings.add(ImportFinding.warning("", "Văn bản không có tiêu đề \"KẾ HOẠCH\""
					+ ((signer == null) ? " và không có chữ ký: có thể là bài viết tóm tắt, không phải kế hoạch của tỉnh" : ""),
					"The document has no \"KẾ HOẠCH\" title" + ((signer == null)
							? " and no signature: probably an article summarising a plan, not a provincial plan" : ""),
					null, null));
		}
		PlanDraft draft = new PlanDraft(header.number(), header.title(), year, requirements, issuerUnitId,
				header.place(), header.date(), (period != null) ? PlanKind.CAMPAIGN : PlanKind.YEARLY, period, legalBases,
				sections, budget(sections, spans), assignments, themes,
				SignerBlockReader.recipients(source, units, findings, spans), signer, ContactReader.read(body, spans));
		return new ImportResult(draft, findings, spans.all(),
				new ImportResult.Source(source.fileName(), source.contentType(), source.lines()));
	}

	/**
	 * The body that says in the preamble that it issues the plan ("Trung tâm Y tế huyện Sơn Động xây dựng Kế
	 * hoạch … như sau:"), else the Sở Y tế when the number carries its abbreviation ("/KH-SYT").
	 */
	private String issuer(DocumentHeader header, List<Paragraph> preamble, List<ImportFinding> findings,
			FieldSources spans) {
		for (Paragraph paragraph : preamble) {
			Matcher issuing = ISSUING.matcher(paragraph.text());
			if (issuing.find() && this.units.match(issuing.group(1)).singleUnitId() != null) {
				UnitMatch match = this.units.match(issuing.group(1));
				spans.paragraph("issuerUnitId", paragraph, issuing.start(1), issuing.end(1), match.confidence());
				return match.singleUnitId();
			}
		}
		if (!header.number().endsWith("-SYT")) {
			findings.add(ImportFinding.info("issuerUnitId", "Không xác định được cơ quan ban hành",
					"The issuing body was not recognised", null, null));
			return null;
		}
		spans.same("issuerUnitId", "number", 0.8);
		String id = this.units.match("Sở Y tế").singleUnitId();
		if (id == null) {
			findings.add(ImportFinding.warning("issuerUnitId", "Cơ quan ban hành là Sở Y tế nhưng danh bạ chưa có Sở Y tế",
					"Issued by the Sở Y tế, which is not in the directory", null, null));
		}
		return id;
	}

	private static PlanPeriod campaignPeriod(List<Paragraph> body, FieldSources spans) {
		for (Paragraph paragraph : body) {
			Matcher period = PERIOD.matcher(paragraph.text());
			if (period.find()) {
				DateExpression from = DateExpression.first(period.group(1));
				DateExpression to = DateExpression.first(period.group(2));
				if (from != null && to != null && from.date() != null && to.date() != null) {
					spans.paragraph("period", paragraph, period.start(), period.end(), 0.9);
					return new PlanPeriod(from.date(), to.date());
				}
			}
		}
		return null;
	}

	/** A campaign's year is its start's; a yearly plan names its year in the title, else the year it is dated. */
	private static Integer yearOf(DocumentHeader header, PlanPeriod period, FieldSources spans) {
		if (period != null) {
			spans.same("year", "period", 0.9);
			return period.from().getYear();
		}
		Matcher inTitle = TITLE_YEAR.matcher(header.title());
		if (inTitle.find()) {
			spans.same("year", "title", 0.9);
			return Integer.valueOf(inTitle.group(1));
		}
		spans.same("year", "date", 0.6);
		return (header.date() != null) ? header.date().year() : null;
	}

	/** "KINH PHÍ": its "- …" lines are the sources, the rest its text. */
	private static Budget budget(List<Section> sections, FieldSources spans) {
		return sections.stream()
			.filter((section) -> section.heading() != null && VietnameseText.fold(section.heading()).contains("kinh phi"))
			.findFirst()
			.map((section) -> {
				spans.same("budget", "sections[" + sections.indexOf(section) + "]", 0.8);
				List<String> lines = (section.text() != null) ? section.text().lines().toList() : List.of();
				List<String> sources = lines.stream().filter((line) -> line.startsWith("-")).map((line) -> line.substring(1).strip()).toList();
				String text = String.join("\n", lines.stream().filter((line) -> !line.startsWith("-")).toList());
				return new Budget(sources, text.isBlank() ? null : text);
			})
			.orElse(null);
	}

}
