package vn.health.calendar.occurrence;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.health.calendar.CalendarRange;
import vn.health.calendar.UnitId;
import vn.health.calendar.deadline.Deadlines;
import vn.health.calendar.directory.Directory;
import vn.health.calendar.plan.PlanCalendars;
import vn.health.calendar.theme.OwnThemes;
import vn.health.calendar.theme.ThemeOccurrence;
import vn.health.calendar.theme.ThemeOccurrences;

/**
 * Lịch của đơn vị — the national themes and, for a known unit, the province's and its own themes, the themes and
 * campaigns of the plans that assign it, and its reporting deadlines. A unit that others were merged into also shows,
 * from the merge date on, the themes and campaigns of the plans that assigned them; their open deadlines come to it
 * by reporting-service's reassignment.
 */
@Component
public class UnitCalendar {

	private static final Comparator<ThemeOccurrence> BY_START = Comparator.comparing(ThemeOccurrence::start)
		.thenComparing(ThemeOccurrence::order)
		.thenComparing(ThemeOccurrence::id);

	private final ThemeOccurrences national;

	private final PlanCalendars plans;

	private final OwnThemes own;

	private final Deadlines deadlines;

	private final Directory directory;

	UnitCalendar(ThemeOccurrences national, OwnThemes own, PlanCalendars plans, Deadlines deadlines,
			Directory directory) {
		this.national = national;
		this.own = own;
		this.plans = plans;
		this.deadlines = deadlines;
		this.directory = directory;
	}

	/** National themes only when {@code unit} is null; a unit the directory does not know is a 404 problem. */
	public List<ThemeOccurrence> between(CalendarRange range, UnitId unit) {
		if (unit == null) {
			return this.national.between(range);
		}
		this.directory.require(unit);
		Stream<ThemeOccurrence> inherited = this.directory.predecessorsOf(unit.value())
			.stream()
			.flatMap((predecessor) -> planned(predecessor.unitId(), range)
				.filter((occurrence) -> !occurrence.end().isBefore(predecessor.since())));
		Stream<ThemeOccurrence> planned = Stream.concat(planned(unit.value(), range), inherited)
			.collect(Collectors.toMap(ThemeOccurrence::id, Function.identity(), (same, again) -> same))
			.values()
			.stream();
		return Stream.of(this.national.between(range).stream(), this.own.occurrencesFor(unit.value(), range).stream(),
				planned,
				this.deadlines.occurrencesOf(unit.value(), range).stream())
			.flatMap((occurrences) -> occurrences)
			.sorted(BY_START)
			.toList();
	}

	private Stream<ThemeOccurrence> planned(String unitId, CalendarRange range) {
		return this.plans.forUnit(unitId).stream().flatMap((plan) -> plan.occurrencesBetween(range).stream());
	}

}
