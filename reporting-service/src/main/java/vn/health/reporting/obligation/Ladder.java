package vn.health.reporting.obligation;

import java.util.Comparator;
import java.util.List;

import vn.health.contracts.plan.AlertLadder;

/**
 * Thang cảnh báo — when a plan's obligations remind and escalate (DESIGN "Deadlines"): reminders a number of
 * days before the deadline, escalation to the supervising unit a number of working days after it. A plan
 * without its own ladder gets the platform's: 7, 3 and 1 days, then 3 working days.
 *
 * @param reminderDaysBefore distinct positive offsets, largest first
 */
public record Ladder(List<Integer> reminderDaysBefore, int escalationWorkingDays) {

	public static final Ladder DEFAULT = new Ladder(List.of(7, 3, 1), 3);

	public Ladder {
		reminderDaysBefore = reminderDaysBefore.stream()
			.filter((days) -> days != null && days > 0)
			.distinct()
			.sorted(Comparator.reverseOrder())
			.toList();
	}

	/** The plan's own ladder where it gives one; an empty reminder list or a non-positive delay means the default. */
	public static Ladder of(AlertLadder ladder) {
		if (ladder == null) {
			return DEFAULT;
		}
		Ladder given = new Ladder(ladder.reminderDaysBefore(), ladder.escalationWorkingDays());
		return new Ladder(
				given.reminderDaysBefore().isEmpty() ? DEFAULT.reminderDaysBefore() : given.reminderDaysBefore(),
				(given.escalationWorkingDays() > 0) ? given.escalationWorkingDays() : DEFAULT.escalationWorkingDays());
	}

}
