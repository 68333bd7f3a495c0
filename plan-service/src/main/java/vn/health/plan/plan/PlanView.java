package vn.health.plan.plan;

import java.time.Instant;
import java.util.List;

import vn.health.contracts.plan.AlertLadder;
import vn.health.contracts.plan.PlanKind;
import vn.health.contracts.plan.PlanPeriod;
import vn.health.contracts.plan.Theme;
import vn.health.servicekit.web.FieldProblem;

/**
 * A plan as the API shows it: state and version, then every part of its content, then what to look at twice
 * ({@code warnings}) and what must be completed before it can be issued ({@code missing}, empty once issued).
 */
record PlanView(String id, PlanStatus status, int version, String number, String title, int year, PlanKind kind,
		PlanPeriod period, String issuerUnitId, String place, DocumentDate date, List<LegalBasis> legalBases,
		List<Section> sections, Budget budget, List<AssignedTask> assignments, List<RequiredReport> requirements,
		List<Theme> themes, List<Recipient> recipients, Signer signer, List<Contact> contacts,
		AlertLadder alertLadder, Instant createdAt, Instant issuedAt, Instant amendedAt, Instant closedAt,
		Instant revokedAt, List<FieldProblem> warnings, List<FieldProblem> missing, List<Attachment> attachments) {

	static PlanView of(Plan plan) {
		PlanContent c = plan.content();
		return new PlanView(plan.id(), plan.status(), plan.version(), c.number(), c.title(), c.year(), c.kind(),
				c.period(), c.issuerUnitId(), c.place(), c.date(), c.legalBases(), c.sections(), c.budget(),
				c.assignments(), c.requirements(), c.themes(), c.recipients(), c.signer(), c.contacts(),
				c.alertLadder(), plan.createdAt(), plan.issuedAt(), plan.amendedAt(), plan.closedAt(),
				plan.revokedAt(), plan.warnings(), plan.missing(), plan.attachments());
	}

	/** One line of a plan list. */
	record Summary(String id, PlanStatus status, int version, String number, String title, int year, PlanKind kind,
			String issuerUnitId, Instant createdAt, Instant issuedAt) {

		static Summary of(Plan plan) {
			PlanContent c = plan.content();
			return new Summary(plan.id(), plan.status(), plan.version(), c.number(), c.title(), c.year(), c.kind(),
					c.issuerUnitId(), plan.createdAt(), plan.issuedAt());
		}

	}

}
