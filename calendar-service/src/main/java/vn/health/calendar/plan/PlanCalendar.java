package vn.health.calendar.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.calendar.CalendarRange;
import vn.health.calendar.expression.DateExpression;
import vn.health.calendar.expression.Occurrence;
import vn.health.calendar.theme.ThemeOccurrence;
import vn.health.contracts.plan.Assignment;
import vn.health.contracts.plan.PlanKind;
import vn.health.contracts.plan.PlanPeriod;
import vn.health.contracts.plan.ReportingRequirement;
import vn.health.contracts.plan.Theme;

/**
 * Lịch của kế hoạch — what one plan version puts in its units' calendars: its themes within its period and, for a
 * campaign, the campaign itself. A revoked plan stays as a tombstone so older events delivered late change nothing.
 *
 * @param unitIds the units the plan assigned tasks or reports to, resolved at issue time
 * @param from first day of the plan's period (1/1 of its year when the plan gives no period)
 */
@Document("plan_calendars")
@CompoundIndex(name = "unit_revoked", def = "{'unitIds': 1, 'revoked': 1}")
@CompoundIndex(name = "revoked_period", def = "{'revoked': 1, 'to': 1}")
public record PlanCalendar(@Id String planId, int version, String number, String title, PlanKind kind,
		LocalDate from, LocalDate to, List<PlanTheme> themes, List<String> unitIds, boolean revoked) {

	/** Campaigns sort just after the national catalogue, their themes after them in plan order. */
	static final int FIRST_ORDER = 1000;

	static PlanCalendar of(String planId, int version, String number, String title, int year, PlanKind kind,
			PlanPeriod period, List<Theme> themes, List<Assignment> assignments,
			List<ReportingRequirement> requirements) {
		LocalDate from = (period != null && period.from() != null) ? period.from() : LocalDate.of(year, 1, 1);
		LocalDate to = (period != null && period.to() != null) ? period.to() : LocalDate.of(year, 12, 31);
		List<String> units = Stream
			.concat(assignments.stream().flatMap((assignment) -> assignment.unitIds().stream()),
					requirements.stream().flatMap((requirement) -> requirement.reporterUnitIds().stream()))
			.distinct()
			.sorted()
			.toList();
		List<PlanTheme> read = themes.stream().map((theme) -> PlanTheme.read(planId, theme)).distinct().toList();
		return new PlanCalendar(planId, version, number, title, kind, from, to, read, units, false);
	}

	/** A newer version replaces this one; nothing replaces a revocation. */
	boolean isReplacedBy(int newerVersion) {
		return !this.revoked && newerVersion > this.version;
	}

	PlanCalendar revoke(int revokedVersion) {
		return new PlanCalendar(this.planId, Math.max(this.version, revokedVersion), this.number, this.title,
				this.kind, this.from, this.to, List.of(), this.unitIds, true);
	}

	static PlanCalendar revokedBeforeSeen(String planId, int version, String number, String title, int year) {
		return new PlanCalendar(planId, version, number, title, null, LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31), List.of(), List.of(), true);
	}

	/** Occurrences overlapping {@code range} and the plan's period; unreadable themes have none. */
	public List<ThemeOccurrence> occurrencesBetween(CalendarRange range) {
		List<ThemeOccurrence> found = new ArrayList<>();
		if (this.revoked) {
			return found;
		}
		if (this.kind == PlanKind.CAMPAIGN && overlaps(Occurrence.period(this.from, this.to), range)) {
			found.add(ThemeOccurrence.ofPlan(this.planId, "plan-" + this.planId + "-campaign", FIRST_ORDER,
					this.title, Occurrence.period(this.from, this.to)));
		}
		for (int index = 0; index < this.themes.size(); index++) {
			PlanTheme theme = this.themes.get(index);
			if (!theme.readable()) {
				continue;
			}
			DateExpression expression = DateExpression.parse(theme.timing());
			int order = FIRST_ORDER + 1 + index;
			IntStream.rangeClosed(range.from().getYear() - 1, range.to().getYear() + 1)
				.boxed()
				.flatMap((year) -> expression.occurrencesIn(year).stream())
				.filter((occurrence) -> overlaps(occurrence, range)
						&& occurrence.overlaps(this.from, this.to))
				.forEach((occurrence) -> found.add(
						ThemeOccurrence.ofPlan(this.planId, theme.themeId(), order, theme.name(), occurrence)));
		}
		return found;
	}

	private static boolean overlaps(Occurrence occurrence, CalendarRange range) {
		return occurrence.overlaps(range.from(), range.to());
	}

}
