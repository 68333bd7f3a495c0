package vn.health.plan.edxml;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import vn.health.plan.directory.Directory;
import vn.health.plan.directory.Unit;
import vn.health.plan.plan.DocumentDate;
import vn.health.plan.plan.Plan;
import vn.health.plan.plan.PlanContent;
import vn.health.plan.plan.PlanStatus;
import vn.health.plan.plan.Recipient;
import vn.health.plan.plan.Signer;
import vn.health.servicekit.edxml.EdXmlAttachment;
import vn.health.servicekit.edxml.EdXmlHeader;
import vn.health.servicekit.edxml.EdXmlWriter;
import vn.health.servicekit.web.ConflictException;
import vn.health.servicekit.web.FieldProblem;

/**
 * Gửi kế hoạch thành gói tin — an issued plan as an edXML package for another agency's document system: the
 * header from the plan (issuer → From, number → Code, place and date → PromulgationInfo, title → Subject,
 * signer → SignerInfo, recipients → To and ToPlaces) and the plan written as its document, attached.
 * Stores nothing; the same version always gives the same DocumentId, so a receiver drops a repeat.
 */
@Service
class EdXmlExport {

	/** The province's time zone: a plan issued at 23:30 UTC was issued the next day in Vietnam. */
	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final Directory directory;

	EdXmlExport(Directory directory) {
		this.directory = directory;
	}

	/** {@code plan} as its caller read it (and was allowed to): read once, not again here. */
	Exported export(Plan plan) {
		String planId = plan.id();
		if (plan.status() != PlanStatus.ISSUED) {
			throw new ConflictException("Chỉ gửi được kế hoạch đã ban hành (kế hoạch " + planId + " đang ở trạng thái "
					+ plan.status() + ")", "Only an issued plan can be exported (plan " + planId + " is " + plan.status() + ")");
		}
		PlanContent content = plan.content();
		Unit issuer = (content.issuerUnitId() != null) ? this.directory.get(content.issuerUnitId()) : null;
		EdXmlHeader header = header(plan, issuer);
		List<FieldProblem> problems = EdXmlFieldRules.check(header);
		if (!problems.isEmpty()) {
			throw new UnexportablePlan(problems);
		}
		String name = header.codeNotation().toLowerCase(Locale.ROOT) + "-" + planId;
		byte[] text = PlanDocumentText.render(content, issuer.name()).getBytes(StandardCharsets.UTF_8);
		return new Exported(name + ".xml", EdXmlWriter.write(header,
				List.of(new EdXmlAttachment(name + ".txt", "text/plain; charset=UTF-8", text))));
	}

	private EdXmlHeader header(Plan plan, Unit issuer) {
		PlanContent content = plan.content();
		String number = (content.number() != null) ? content.number() : "";
		int slash = number.indexOf('/');
		List<EdXmlHeader.Organ> to = content.recipients()
			.stream()
			.map(Recipient::unitId)
			.filter((id) -> id != null)
			.distinct()
			.map((id) -> new EdXmlHeader.Organ(id, this.directory.get(id).name()))
			.toList();
		return new EdXmlHeader(
				(issuer != null) ? new EdXmlHeader.Organ(issuer.id(), issuer.name()) : new EdXmlHeader.Organ(null, null), to,
				plan.id() + ".v" + plan.version(), (slash > 0) ? number.substring(0, slash) : null,
				(slash >= 0) ? number.substring(slash + 1) : null, content.place(), promulgated(plan), "Kế hoạch",
				content.title(), signerInfo(content.signer()),
				content.recipients().stream().map(Recipient::name).toList());
	}

	/** The date printed on the plan; a plan issued with its day left blank was promulgated the day it was issued. */
	private static LocalDate promulgated(Plan plan) {
		DocumentDate date = plan.content().date();
		if (date != null && date.day() != null && date.month() != null) {
			return LocalDate.of(date.year(), date.month(), date.day());
		}
		return LocalDate.ofInstant(plan.issuedAt(), VIETNAM);
	}

	private static EdXmlHeader.SignerInfo signerInfo(Signer signer) {
		if (signer == null) {
			return null;
		}
		String competence = (signer.authority() != null) ? signer.authority() + ". " + signer.principalTitle()
				: signer.title();
		return new EdXmlHeader.SignerInfo(competence, signer.title(), signer.fullName());
	}

	/** Gói tin đã tạo — the file name to offer and the package's bytes. */
	record Exported(String fileName, byte[] xml) {

	}

}
