package vn.health.reporting.obligation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Nhắc hạn — an obligation's reminders for its current deadline, at the offsets of the plan's
 * {@link Ladder} (7, 3 and 1 days before by default, DESIGN "Deadlines").
 *
 * @param nextAt when the sweep should look next, {@code null} after the last reminder
 * @param sentDaysBefore the offsets already announced for this deadline
 * @param daysBefore the offsets to announce, largest first; {@code null} in documents stored before plans had
 *     ladders, read as the default
 */
public record Reminders(Instant nextAt, List<Integer> sentDaysBefore, List<Integer> daysBefore) {

	public Reminders {
		sentDaysBefore = List.copyOf(sentDaysBefore);
		daysBefore = (daysBefore != null) ? List.copyOf(daysBefore) : Ladder.DEFAULT.reminderDaysBefore();
	}

	static Reminders before(Instant dueAt, List<Integer> daysBefore) {
		return new Reminders(dueAt.minus(Duration.ofDays(daysBefore.getFirst())), List.of(), daysBefore);
	}

	/**
	 * The reminders after a plan version: a new deadline gets the whole ladder afresh (they count per deadline);
	 * the same deadline keeps what was sent, with the ladder's offsets.
	 */
	static Reminders following(Reminders current, Ladder ladder, Instant previousDueAt, Instant dueAt) {
		if (current == null || !dueAt.equals(previousDueAt)) {
			return before(dueAt, ladder.reminderDaysBefore());
		}
		return current.daysBefore().equals(ladder.reminderDaysBefore()) ? current
				: current.withDays(ladder.reminderDaysBefore(), dueAt);
	}

	/**
	 * The same deadline with another ladder (the plan was amended): offsets already announced stay announced,
	 * so none goes out twice; a catch-up sends only the most urgent one reached, as always.
	 */
	Reminders withDays(List<Integer> days, Instant dueAt) {
		Instant next = days.stream()
			.filter((offset) -> !this.sentDaysBefore.contains(offset))
			.findFirst()
			.map((offset) -> dueAt.minus(Duration.ofDays(offset)))
			.orElse(null);
		return new Reminders(next, this.sentDaysBefore, days);
	}

	boolean due(Instant asOf) {
		return this.nextAt != null && !this.nextAt.isAfter(asOf);
	}

	/**
	 * The reminder to announce at {@code asOf}: only the most urgent one reached, so a catch-up after an
	 * outage sends what is still meaningful rather than a burst of stale ones; none once the deadline came.
	 */
	OptionalInt toSend(Instant dueAt, Instant asOf) {
		OptionalInt reached = reached(dueAt, asOf);
		return (reached.isPresent() && !this.sentDaysBefore.contains(reached.getAsInt())) ? reached
				: OptionalInt.empty();
	}

	/** The reminders once the sweep at {@code asOf} is done: what it sent is recorded, the next one set. */
	Reminders passed(Instant dueAt, Instant asOf) {
		OptionalInt reached = reached(dueAt, asOf);
		if (reached.isEmpty()) {
			return new Reminders(null, this.sentDaysBefore, this.daysBefore);
		}
		int days = reached.getAsInt();
		Instant next = this.daysBefore.stream()
			.filter((later) -> later < days)
			.findFirst()
			.map((later) -> dueAt.minus(Duration.ofDays(later)))
			.orElse(null);
		List<Integer> sent = this.sentDaysBefore.contains(days) ? this.sentDaysBefore
				: Stream.concat(this.sentDaysBefore.stream(), Stream.of(days)).toList();
		return new Reminders(next, sent, this.daysBefore);
	}

	private OptionalInt reached(Instant dueAt, Instant asOf) {
		if (!asOf.isBefore(dueAt)) {
			return OptionalInt.empty();
		}
		return this.daysBefore.reversed()
			.stream()
			.mapToInt(Integer::intValue)
			.filter((days) -> !dueAt.minus(Duration.ofDays(days)).isAfter(asOf))
			.findFirst();
	}

}
