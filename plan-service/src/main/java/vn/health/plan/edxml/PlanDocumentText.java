package vn.health.plan.edxml;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.health.plan.plan.DocumentDate;
import vn.health.plan.plan.LegalBasis;
import vn.health.plan.plan.PlanContent;
import vn.health.plan.plan.Section;
import vn.health.plan.plan.Signer;

/**
 * Văn bản kế hoạch — a plan written back as the official document it is (Nghị định 30/2020/NĐ-CP layout):
 * issuer, number, place and date, "KẾ HOẠCH" and its title, the parts as the plan holds them, "Nơi nhận",
 * the signature block and the theme appendix. The parts keep the text the plan was written or imported
 * with, so a package sent to another system carries what was issued; a plan entered by form, without
 * parts, carries its legal bases.
 */
final class PlanDocumentText {

	private PlanDocumentText() {
	}

	static String render(PlanContent plan, String issuerName) {
		List<String> lines = new ArrayList<>();
		lines.add(issuerName.toUpperCase(Locale.ROOT));
		lines.add("Số: " + plan.number());
		lines.add(placeAndDate(plan));
		lines.add("");
		lines.add("KẾ HOẠCH");
		lines.add(plan.title());
		lines.add("");
		if (plan.sections().isEmpty()) {
			plan.legalBases().forEach((basis) -> paragraph(lines, "Căn cứ " + cited(basis) + ";"));
		}
		plan.sections().forEach((section) -> section(lines, section));
		lines.add("Nơi nhận:");
		plan.recipients().forEach((recipient) -> lines.add("- " + recipient.name()));
		lines.add("");
		signature(lines, plan.signer());
		if (!plan.themes().isEmpty()) {
			lines.add("");
			lines.add("STT\tCHỦ ĐỀ\tTHỜI ĐIỂM");
			for (int i = 0; i < plan.themes().size(); i++) {
				lines.add((i + 1) + ".\t" + plan.themes().get(i).name() + "\t" + plan.themes().get(i).timing());
			}
		}
		return String.join("\n", lines) + "\n";
	}

	/** A plan stored without a date prints the blanks of an undated draft ({@code ngày   tháng   năm 2025}). */
	private static String placeAndDate(PlanContent plan) {
		DocumentDate date = (plan.date() != null) ? plan.date() : new DocumentDate(null, null, plan.year());
		return ((plan.place() != null) ? plan.place() + ", " : "") + "ngày " + blankIfNull(date.day()) + " tháng "
				+ blankIfNull(date.month()) + " năm " + date.year();
	}

	private static void section(List<String> lines, Section section) {
		if (section.heading() != null) {
			paragraph(lines, section.heading());
		}
		if (section.text() != null) {
			section.text().lines().forEach((text) -> paragraph(lines, text));
		}
		section.subsections().forEach((sub) -> section(lines, sub));
	}

	/** One paragraph per line with a blank line after it, as a plain-text export of a Word document. */
	private static void paragraph(List<String> lines, String text) {
		lines.add(text);
		lines.add("");
	}

	private static String cited(LegalBasis basis) {
		StringBuilder text = new StringBuilder();
		if (basis.number() != null) {
			text.append("văn bản số ").append(basis.number()).append(' ');
		}
		if (basis.date() != null) {
			text.append("ngày ").append(basis.date().getDayOfMonth()).append('/').append(basis.date().getMonthValue())
				.append('/').append(basis.date().getYear()).append(' ');
		}
		if (basis.issuer() != null) {
			text.append("của ").append(basis.issuer()).append(' ');
		}
		return text.append(basis.title()).toString().strip();
	}

	private static void signature(List<String> lines, Signer signer) {
		if (signer == null) {
			return;
		}
		if (signer.authority() != null) {
			lines.add(signer.authority() + ". " + signer.principalTitle());
		}
		if (signer.title() != null) {
			lines.add(signer.title());
		}
		lines.add("");
		if (signer.fullName() != null) {
			lines.add(signer.fullName());
		}
	}

	private static String blankIfNull(Integer number) {
		return (number != null) ? String.valueOf(number) : "";
	}

}
