package vn.health.reporting.obligation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Nhắc hạn — an obligation's reminders for its current deadline: 7, 3 and 1 days before (DESIGN
 * "Deadlines"; plans cannot override the ladder yet, {@code ReportingRequirement} carries none).
 *
 * @param nextAt when the sweep should look next, {@code null} after the last reminder
 * @param sentDaysBefore the offsets already announced for this deadline
 */
public record Reminders(Instant nextAt, List<Integer> sentDaysBefore) {

	static final List<Integer> DAYS_BEFORE = List.of(7, 3, 1);

	public Reminders {
		sentDaysBefore = List.copyOf(sentDaysBefore);
	}

	static Reminders before(Instant dueAt) {
		return new Reminders(dueAt.minus(Duration.ofDays(DAYS_BEFORE.getFirst())), List.of());
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
			return new Reminders(null, this.sentDaysBefore);
		}
		int days = reached.getAsInt();
		Instant next = DAYS_BEFORE.stream()
			.filter((later) -> later < days)
			.findFirst()
			.map((later) -> dueAt.minus(Duration.ofDays(later)))
			.orElse(null);
		List<Integer> sent = this.sentDaysBefore.contains(days) ? this.sentDaysBefore
				: Stream.concat(this.sentDaysBefore.stream(), Stream.of(days)).toList();
		return new Reminders(next, sent);
	}

	private static OptionalInt reached(Instant dueAt, Instant asOf) {
		if (!asOf.isBefore(dueAt)) {
			return OptionalInt.empty();
		}
		return DAYS_BEFORE.reversed()
			.stream()
			.mapToInt(Integer::intValue)
			.filter((days) -> !dueAt.minus(Duration.ofDays(days)).isAfter(asOf))
			.findFirst();
	}

}
