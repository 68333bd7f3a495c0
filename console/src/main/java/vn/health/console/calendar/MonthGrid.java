package vn.health.console.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import vn.health.console.api.CalendarEntry;

/**
 * Lịch tháng: the month as weeks from Monday (Thứ Hai) to Sunday, each day with what starts on it — a campaign that
 * began the month before on the month's first day, as in the agenda — and today marked.
 */
public record MonthGrid(List<List<Cell>> weeks) {

	/** The Vietnamese names of the columns, Monday first. */
	public static final List<String> WEEKDAYS = List.of("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy",
			"Chủ nhật");

	/** One day; {@code inMonth} false for the days of the neighbouring months that fill the first and last week. */
	public record Cell(LocalDate date, boolean inMonth, boolean today, List<CalendarEntry> entries) {

		/** {@code other} (not this month), {@code today}, {@code weekend}, as they apply. */
		public String classes() {
			boolean weekend = this.date.getDayOfWeek() == DayOfWeek.SATURDAY
					|| this.date.getDayOfWeek() == DayOfWeek.SUNDAY;
			return String.join(" ", Stream.of(this.inMonth ? null : "other", this.today ? "today" : null,
					weekend ? "weekend" : null).filter(Objects::nonNull).toList());
		}

	}

	static MonthGrid of(YearMonth month, Map<LocalDate, List<CalendarEntry>> byDay, LocalDate today) {
		LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		List<List<Cell>> weeks = new ArrayList<>();
		for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
			List<Cell> week = new ArrayList<>();
			for (LocalDate day = monday; day.isBefore(monday.plusWeeks(1)); day = day.plusDays(1)) {
				boolean inMonth = YearMonth.from(day).equals(month);
				week.add(new Cell(day, inMonth, day.equals(today), inMonth ? byDay.getOrDefault(day, List.of()) : List.of()));
			}
			weeks.add(week);
		}
		return new MonthGrid(weeks);
	}

}
