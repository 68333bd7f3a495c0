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
 * POST to {@code /api/plans} after review, with a finding for everything a person must confirm.
 */
public final class PlanDocumentReader {

	/** "Từ ngày 15/8/2024 đến ngày 31/01/2025": the period of a campaign plan. */
	private static final Pattern PERIOD = Pattern.compile("[Tt]ừ ngày\\s*(\\d{1,2}/\\d{1,2}/\\d{4})\\s*(?:đến|tới)\\s*(?:hết\\s*)?ngày\\s*(\\d{1,2}/\\d{1,2}/\\d{4})");

	private static final Pattern TITLE_YEAR = Pattern.compile("năm\\s+(\\d{4})");

	private final UnitMatching units;

	public PlanDocumentReader(List<KnownUnit> directory) {
		this.units = new UnitMatching(directory);
	}

	public ImportResult read(SourceText source) {
		List<ImportFinding> findings = new ArrayList<>();
		DocumentHeader header = DocumentHeader.read(source, findings);
		List<Paragraph> paragraphs = Paragraphs.of(source);
		int start = (DocumentHeader.bodyStart(source) > 0) ? DocumentHeader.bodyStart(source)
				: (header.titleLine() != null) ? header.titleLine() + 1 : firstTextLine(source) + 1;
		List<Paragraph> body = paragraphs.stream()
			.filter((paragraph) -> paragraph.firstLine() >= start)
			.takeWhile((paragraph) -> !paragraph.text().startsWith("Nơi nhận"))
			.toList();
		List<Paragraph> preamble = body.stream().takeWhile((paragraph) -> !paragraph.text().matches("^[IVX]{1,5}\\..*")).toList();
		List<Section> sections = SectionReader.read(body);
		PlanPeriod period = campaignPeriod(body);
		Integer year = yearOf(header, period);
		var signer = SignerBlockReader.signer(source, findings);
		var legalBases = LegalBasisReader.read(preamble, paragraphs, findings);
		var assignments = new AssignmentReader(this.units).read(sections, body, findings);
		var requirements = ReportingRegime.requirements(new DeadlineReader(this.units).read(body), year, findings);
		var themes = ThemeTableReader.read(source, findings);
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
		String issuerUnitId = issuer(header, preamble, findings);
		PlanDraft draft = new PlanDraft(header.number(), header.title(), year, requirements, issuerUnitId,
				header.place(), header.date(), (period != null) ? PlanKind.CAMPAIGN : PlanKind.YEARLY, period, legalBases,
				sections, budget(sections), assignments, themes, SignerBlockReader.recipients(source, findings), signer,
				ContactReader.read(body));
		return new ImportResult(draft, findings,
				new ImportResult.Source(source.fileName(), source.contentType(), source.lines()));
	}

	private String issuer(DocumentHeader header, List<Paragraph> preamble, List<ImportFinding> findings) {
		boolean department = header.number().endsWith("-SYT") || preamble.stream()
			.anyMatch((paragraph) -> paragraph.text().matches(".*Sở Y tế[^,;]*(ban hành|xây dựng) [Kk]ế hoạch.*"));
		if (!department) {
			findings.add(ImportFinding.info("issuerUnitId", "Không xác định được cơ quan ban hành",
					"The issuing body was not recognised", null, null));
			return null;
		}
		String id = this.units.match("Sở Y tế").singleUnitId();
		if (id == null) {
			findings.add(ImportFinding.warning("issuerUnitId", "Cơ quan ban hành là Sở Y tế nhưng danh bạ chưa có Sở Y tế",
					"Issued by the Sở Y tế, which is not in the directory", null, null));
		}
		return id;
	}

	private static PlanPeriod campaignPeriod(List<Paragraph> body) {
		for (Paragraph paragraph : body) {
			Matcher period = PERIOD.matcher(paragraph.text());
			if (period.find()) {
				DateExpression from = DateExpression.first(period.group(1));
				DateExpression to = DateExpression.first(period.group(2));
				if (from != null && to != null && from.date() != null && to.date() != null) {
					return new PlanPeriod(from.date(), to.date());
				}
			}
		}
		return null;
	}

	private static Integer yearOf(DocumentHeader header, PlanPeriod period) {
		if (period != null) {
			return period.from().getYear();
		}
		Matcher inTitle = TITLE_YEAR.matcher(header.title());
		if (inTitle.find()) {
			return Integer.valueOf(inTitle.group(1));
		}
		return (header.date() != null) ? header.date().year() : null;
	}

	/** "KINH PHÍ": its "- …" lines are the sources, the rest its text. */
	private static Budget budget(List<Section> sections) {
		return sections.stream()
			.filter((section) -> section.heading() != null && VietnameseText.fold(section.heading()).contains("kinh phi"))
			.findFirst()
			.map((section) -> {
				List<String> lines = (section.text() != null) ? section.text().lines().toList() : List.of();
				List<String> sources = lines.stream().filter((line) -> line.startsWith("-")).map((line) -> line.substring(1).strip()).toList();
				String text = String.join("\n", lines.stream().filter((line) -> !line.startsWith("-")).toList());
				return new Budget(sources, text.isBlank() ? null : text);
			})
			.orElse(null);
	}

	private static int firstTextLine(SourceText source) {
		for (int line = 1; line <= source.lines().size(); line++) {
			if (!source.line(line).isBlank()) {
				return line;
			}
		}
		return 0;
	}

}
