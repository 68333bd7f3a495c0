package vn.health.calendar.expression;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Vế của thời điểm — one part of a date expression, the text between {@code và}. A part without a year recurs
 * every year; one with a year happens once, in the year it starts. 29/02 falls on 28/02 in common years.
 */
sealed interface ExpressionPart {

	/** The part's instance anchored in {@code year}, if it has one. */
	Optional<Occurrence> in(int year);

	/** {@code 24/3}, {@code 07/4/2024}. */
	record Day(MonthDay day, Integer year) implements ExpressionPart {

		@Override
		public Optional<Occurrence> in(int year) {
			return recursOrIs(this.year, year) ? Optional.of(Occurrence.day(this.day.atYear(year))) : Optional.empty();
		}

	}

	/**
	 * {@code 15 - 21/3}, {@code 15/01 - 15/02}, {@code 15/8/2024 – 31/01/2025}. Without years, an end before the
	 * start means the range runs into the next year.
	 */
	record Range(MonthDay start, MonthDay end, Integer startYear, Integer endYear) implements ExpressionPart {

		@Override
		public Optional<Occurrence> in(int year) {
			int crossing = this.end.isBefore(this.start) ? 1 : 0;
			int first = (this.startYear != null) ? this.startYear
					: (this.endYear != null) ? this.endYear - crossing : year;
			if (first != year) {
				return Optional.empty();
			}
			int last = (this.endYear != null) ? this.endYear : first + crossing;
			return Optional.of(Occurrence.period(this.start.atYear(first), this.end.atYear(last)));
		}

	}

	/**
	 * {@code tuần 1 tháng 5}: Monday-to-Sunday weeks, week 1 being the one that holds the 1st of the month (so it
	 * may start in the month before). A week 5 starting after the month has ended does not occur that year.
	 */
	record Week(int number, int month, Integer year) implements ExpressionPart {

		@Override
		public Optional<Occurrence> in(int year) {
			if (!recursOrIs(this.year, year)) {
				return Optional.empty();
			}
			YearMonth yearMonth = YearMonth.of(year, this.month);
			LocalDate monday = yearMonth.atDay(1)
				.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
				.plusWeeks(this.number - 1L);
			return monday.isAfter(yearMonth.atEndOfMonth()) ? Optional.empty()
					: Optional.of(Occurrence.period(monday, monday.plusDays(6)));
		}

	}

	/** {@code Tháng 12}: the whole month, usually a campaign month (tháng hành động). */
	record WholeMonth(int month, Integer year) implements ExpressionPart {

		@Override
		public Optional<Occurrence> in(int year) {
			if (!recursOrIs(this.year, year)) {
				return Optional.empty();
			}
			YearMonth yearMonth = YearMonth.of(year, this.month);
			return Optional.of(new Occurrence(yearMonth.atDay(1), yearMonth.atEndOfMonth(), OccurrenceKind.MONTH));
		}

	}

	private static boolean recursOrIs(Integer written, int year) {
		return written == null || written == year;
	}

}
