package vn.health.calendar.expression;

import java.time.LocalDate;

/**
 * Lần diễn ra — the dates one part of an expression covers in one year, both ends inclusive.
 */
public record Occurrence(LocalDate start, LocalDate end, OccurrenceKind kind) {

	public Occurrence {
		if (end.isBefore(start)) {
			throw new IllegalArgumentException("Occurrence ends (" + end + ") before it starts (" + start + ")");
		}
	}

	public static Occurrence day(LocalDate date) {
		return new Occurrence(date, date, OccurrenceKind.DAY);
	}

	public static Occurrence period(LocalDate start, LocalDate end) {
		return new Occurrence(start, end, start.equals(end) ? OccurrenceKind.DAY : OccurrenceKind.PERIOD);
	}

	public boolean overlaps(LocalDate from, LocalDate to) {
		return !this.start.isAfter(to) && !this.end.isBefore(from);
	}

}
