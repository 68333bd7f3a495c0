package vn.health.plan.plan;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import vn.health.contracts.plan.AlertLadder;
import vn.health.contracts.plan.Indicator;
import vn.health.contracts.plan.PlanKind;
import vn.health.contracts.plan.PlanPeriod;
import vn.health.contracts.plan.Theme;

/**
 * Nội dung kế hoạch — everything the plan document says, from the number line to the contact persons,
 * in the structured form users act on. One version of a plan has one content.
 *
 * @param number number and symbol ({@code 91/KH-SYT}), {@code /KH-SYT} or empty while not numbered
 * @param alertLadder the plan's own reminders and escalation, {@code null} for the platform defaults
 */
public record PlanContent(String number, String issuerUnitId, String place, DocumentDate date, String title,
		PlanKind kind, int year, PlanPeriod period, List<LegalBasis> legalBases, List<Section> sections,
		Budget budget, List<AssignedTask> assignments, List<RequiredReport> requirements, List<Theme> themes,
		List<Recipient> recipients, Signer signer, List<Contact> contacts, AlertLadder alertLadder) {

	public PlanContent {
		legalBases = listOf(legalBases);
		sections = listOf(sections);
		assignments = listOf(assignments);
		requirements = listOf(requirements);
		themes = listOf(themes);
		recipients = listOf(recipients);
		contacts = listOf(contacts);
	}

	/** A validated draft as content: defaults filled in (a yearly plan runs its calendar year), text stripped. */
	static PlanContent of(PlanDraft draft) {
		PlanKind kind = (draft.kind() != null) ? draft.kind() : PlanKind.YEARLY;
		int year = draft.year();
		PlanPeriod period = (draft.period() != null) ? draft.period()
				: new PlanPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
		List<PlanDraft.Requirement> requirements = listOf(draft.requirements());
		List<PlanDraft.Assignment> assignments = listOf(draft.assignments());
		List<String> requirementIds = requirementIds(requirements);
		List<String> assignmentIds = assignmentIds(assignments);
		return new PlanContent(strip(draft.number()), blankToNull(draft.issuerUnitId()), blankToNull(draft.place()),
				draft.date(), draft.title().strip(), kind, year, period, draft.legalBases(), draft.sections(),
				draft.budget(), IntStream.range(0, assignments.size())
					.mapToObj((i) -> task(assignments.get(i), assignmentIds.get(i)))
					.toList(),
				IntStream.range(0, requirements.size())
					.mapToObj((i) -> report(requirements.get(i), requirementIds.get(i)))
					.toList(),
				draft.themes(), draft.recipients(), draft.signer(), draft.contacts(), ladder(draft.alertLadder()));
	}

	/** The same content with every assignment and requirement resolved to concrete units. */
	PlanContent resolvedWith(UnitsByType units) {
		return new PlanContent(this.number, this.issuerUnitId, this.place, this.date, this.title, this.kind, this.year,
				this.period, this.legalBases, this.sections, this.budget,
				this.assignments.stream().map((task) -> task.resolvedWith(units)).toList(),
				this.requirements.stream().map((report) -> report.resolvedWith(units)).toList(), this.themes,
				this.recipients, this.signer, this.contacts, this.alertLadder);
	}

	/** The names of the parts that differ from {@code previous}, in document order. */
	List<String> changedFrom(PlanContent previous) {
		return Arrays.stream(PlanContent.class.getRecordComponents())
			.filter((part) -> !Objects.equals(valueOf(part, this), valueOf(part, previous)))
			.map(RecordComponent::getName)
			.toList();
	}

	/** Each requirement's id, in order (an empty row has one too): see {@link #rowIds}. */
	static List<String> requirementIds(List<PlanDraft.Requirement> requirements) {
		return rowIds(requirements.stream().map((row) -> (row != null) ? row.requirementId() : null).toList(), "r");
	}

	private static List<String> assignmentIds(List<PlanDraft.Assignment> assignments) {
		return rowIds(assignments.stream().map((row) -> (row != null) ? row.assignmentId() : null).toList(), "a");
	}

	/**
	 * A row's own id, or for a row without one {@code <prefix><position>} — unless another row has that id (a row
	 * removed before it and one added in an edit), then the next {@code <prefix><n>} no row has.
	 */
	static List<String> rowIds(List<String> own, String prefix) {
		Set<String> taken = own.stream()
			.filter((id) -> id != null && !id.isBlank())
			.map(String::strip)
			.collect(Collectors.toCollection(HashSet::new));
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < own.size(); i++) {
			String id = own.get(i);
			if (id != null && !id.isBlank()) {
				ids.add(id.strip());
				continue;
			}
			int n = i + 1;
			while (taken.contains(prefix + n)) {
				n++;
			}
			taken.add(prefix + n);
			ids.add(prefix + n);
		}
		return ids;
	}

	private static RequiredReport report(PlanDraft.Requirement requirement, String id) {
		return new RequiredReport(id, requirement.title().strip(),
				blankToNull(requirement.period()), requirement.dueDate(), requirement.dueRule(),
				distinct(requirement.reporterUnitIds()), distinct(requirement.reporterUnitTypes()),
				blankToNull(requirement.recipientUnitId()), blankToNull(requirement.upstreamRequirementId()), List.of(),
				listOf(requirement.indicators()).stream()
					.map((indicator) -> new Indicator(indicator.code().strip(), indicator.name().strip(),
							indicator.unit().strip()))
					.toList());
	}

	private static AssignedTask task(PlanDraft.Assignment assignment, String id) {
		return new AssignedTask(id, assignment.assignee().strip(), distinct(assignment.unitIds()),
				distinct(assignment.unitTypes()), assignment.task().strip(), List.of());
	}

	/** Reminders latest first ({@code 7, 3, 1}), as the ladder is climbed. */
	private static AlertLadder ladder(AlertLadder ladder) {
		if (ladder == null) {
			return null;
		}
		return new AlertLadder(ladder.reminderDaysBefore().stream().sorted(Comparator.reverseOrder()).toList(),
				ladder.escalationWorkingDays());
	}

	private static Object valueOf(RecordComponent part, PlanContent content) {
		try {
			return part.getAccessor().invoke(content);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + part.getName(), ex);
		}
	}

	private static <T> List<T> distinct(List<T> values) {
		return listOf(values).stream().distinct().toList();
	}

	private static <T> List<T> listOf(List<T> values) {
		return (values != null) ? List.copyOf(values) : List.of();
	}

	private static String strip(String text) {
		return (text != null) ? text.strip() : "";
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
