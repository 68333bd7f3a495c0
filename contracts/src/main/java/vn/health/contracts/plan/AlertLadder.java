package vn.health.contracts.plan;

import java.util.List;

/**
 * A plan's own alert ladder (DESIGN.md "Deadlines") when it differs from the platform default of reminders 7, 3 and
 * 1 days before the deadline and escalation to the supervising unit after 3 working days overdue. A {@code null}
 * ladder on a plan event means the defaults.
 *
 * @param reminderDaysBefore days before the due instant a reminder is sent, e.g. {@code [7, 3, 1]}
 * @param escalationWorkingDays working days after the due instant the supervising unit is told
 */
public record AlertLadder(List<Integer> reminderDaysBefore, int escalationWorkingDays) {

	public AlertLadder {
		reminderDaysBefore = (reminderDaysBefore != null) ? List.copyOf(reminderDaysBefore) : List.of();
	}

}
