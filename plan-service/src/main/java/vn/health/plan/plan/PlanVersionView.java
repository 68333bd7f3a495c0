package vn.health.plan.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One version of a plan as it read while in force: who issued or amended it into force, when, why, what
 * changed from the version before, and (for a single version) its whole content.
 *
 * @param since when the version came in force; {@code null} for a draft's version 1, not in force yet
 * @param content the whole content; {@code null} in the list of versions
 */
record PlanVersionView(String planId, int version, boolean current, Instant since, String by, String reason,
		List<String> changed, PlanContent content) {

	static List<PlanVersionView> allOf(Plan plan) {
		return IntStream.rangeClosed(1, plan.version())
			.mapToObj((number) -> of(plan, number, null))
			.toList();
	}

	static Optional<PlanVersionView> withContent(Plan plan, int number) {
		return plan.contentOfVersion(number).map((content) -> of(plan, number, content));
	}

	private static PlanVersionView of(Plan plan, int number, PlanContent content) {
		Optional<HistoryEntry> start = plan.history()
			.stream()
			.filter((entry) -> entry.version() == number
					&& (entry.change() == PlanChange.ISSUED || entry.change() == PlanChange.AMENDED))
			.findFirst();
		return new PlanVersionView(plan.id(), number, number == plan.version(), start.map(HistoryEntry::at).orElse(null),
				start.map(HistoryEntry::by).orElse(null), start.map(HistoryEntry::reason).orElse(null),
				start.map(HistoryEntry::changed).orElse(List.of()), content);
	}

}
