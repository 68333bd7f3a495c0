package vn.health.plan.plan;

import java.time.LocalDate;
import java.util.List;

import vn.health.contracts.directory.UnitType;
import vn.health.contracts.plan.AlertLadder;
import vn.health.contracts.plan.DueRule;
import vn.health.contracts.plan.Indicator;
import vn.health.contracts.plan.PlanKind;
import vn.health.contracts.plan.PlanPeriod;
import vn.health.contracts.plan.Theme;

/**
 * Dự thảo — what a caller gives to create or edit a plan ({@code POST /api/plans}, {@code PUT}) or to
 * amend one. Only {@code title} and {@code year} are required; the first four fields are the original
 * shape of the request and keep working alone.
 *
 * @param alertLadder the plan's own reminders and escalation; {@code null} for the platform defaults (7, 3, 1 and 3)
 */
public record PlanDraft(String number, String title, Integer year, List<Requirement> requirements,
		String issuerUnitId, String place, DocumentDate date, PlanKind kind, PlanPeriod period,
		List<LegalBasis> legalBases, List<Section> sections, Budget budget, List<Assignment> assignments,
		List<Theme> themes, List<Recipient> recipients, Signer signer, List<Contact> contacts,
		AlertLadder alertLadder) {

	/** A draft as a document reads: the alert ladder is the platform's, not something a paper plan prints. */
	public PlanDraft(String number, String title, Integer year, List<Requirement> requirements, String issuerUnitId,
			String place, DocumentDate date, PlanKind kind, PlanPeriod period, List<LegalBasis> legalBases,
			List<Section> sections, Budget budget, List<Assignment> assignments, List<Theme> themes,
			List<Recipient> recipients, Signer signer, List<Contact> contacts) {
		this(number, title, year, requirements, issuerUnitId, place, date, kind, period, legalBases, sections, budget,
				assignments, themes, recipients, signer, contacts, null);
	}

	/**
	 * One reporting requirement as asked for: {@code dueDate} is read by {@code dueRule}; reporters are
	 * named units, unit types resolved when the plan is issued, or both.
	 *
	 * @param requirementId optional, to name it in {@code upstreamRequirementId}; {@code r1}, {@code r2} … if absent
	 * @param indicators the figures each report gives (indicator template), none for a narrative report
	 */
	public record Requirement(String title, LocalDate dueDate, DueRule dueRule, List<String> reporterUnitIds,
			String recipientUnitId, String requirementId, String period, List<UnitType> reporterUnitTypes,
			String upstreamRequirementId, List<Indicator> indicators) {

		/** A requirement without an indicator template, as most printed plans give it. */
		public Requirement(String title, LocalDate dueDate, DueRule dueRule, List<String> reporterUnitIds,
				String recipientUnitId, String requirementId, String period, List<UnitType> reporterUnitTypes,
				String upstreamRequirementId) {
			this(title, dueDate, dueRule, reporterUnitIds, recipientUnitId, requirementId, period, reporterUnitTypes,
					upstreamRequirementId, null);
		}

	}

	/**
	 * One task as asked for: to named units, to unit types resolved when the plan is issued, or both.
	 *
	 * @param assignee the assignee as printed ({@code Trung tâm Y tế các huyện, thị xã, thành phố})
	 */
	public record Assignment(String assignee, List<String> unitIds, List<UnitType> unitTypes, String task,
			String assignmentId) {

	}

}
