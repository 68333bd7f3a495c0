package vn.health.calendar.holiday;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.health.calendar.holiday.PublicHoliday.Basis;

/**
 * Ngày nghỉ lễ, tết — the public holidays of a year under Bộ luật Lao động 2019, điều 112, and the government's
 * decisions for it. The law leaves the exact Tết days and the day next to 2/9 to the Prime Minister each year; the
 * defaults here are the last day of the lunar year plus mùng 1–4 Tết, and 1/9.
 */
public final class PublicHolidays {

	private static final String[] TET_DAYS = { "ngày cuối năm Âm lịch", "mùng 1", "mùng 2", "mùng 3", "mùng 4" };

	private final LunarCalendar lunar = new LunarCalendar();

	private final List<HolidayAdjustment> adjustments;

	public PublicHolidays(List<HolidayAdjustment> adjustments) {
		this.adjustments = List.copyOf(adjustments);
	}

	/** The holidays of {@code year} in date order. */
	public List<PublicHoliday> in(int year) {
		List<PublicHoliday> days = new ArrayList<>();
		days.add(law(LocalDate.of(year, 1, 1), "Tết Dương lịch"));
		LocalDate tet = this.lunar.newYear(year);
		for (int day = 0; day < TET_DAYS.length; day++) {
			days.add(law(tet.plusDays(day - 1L), "Tết Nguyên đán (" + TET_DAYS[day] + ")"));
		}
		days.add(law(this.lunar.toSolar(year, 3, 10), "Giỗ Tổ Hùng Vương (10/3 Âm lịch)"));
		days.add(law(LocalDate.of(year, 4, 30), "Ngày Chiến thắng"));
		days.add(law(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động"));
		days.add(law(LocalDate.of(year, 9, 2), "Quốc khánh"));
		days.add(nationalDayAdjacent(year));
		for (HolidayAdjustment adjustment : adjustmentsIn(year, AdjustmentKind.DAY_OFF)) {
			days.add(new PublicHoliday(adjustment.date(), "Nghỉ theo quyết định: " + adjustment.reason(),
					Basis.GOVERNMENT_DECISION));
		}
		days.sort(Comparator.comparing(PublicHoliday::date));
		return days;
	}

	/** Saturdays and Sundays of {@code year} that the government made working days (ngày làm bù). */
	public List<HolidayAdjustment> workingDaysIn(int year) {
		return adjustmentsIn(year, AdjustmentKind.WORKING_DAY);
	}

	/** Extra days off the government decided for {@code year} (nghỉ bù, hoán đổi). */
	public List<HolidayAdjustment> daysOffDecidedIn(int year) {
		return adjustmentsIn(year, AdjustmentKind.DAY_OFF);
	}

	private PublicHoliday nationalDayAdjacent(int year) {
		return adjustmentsIn(year, AdjustmentKind.NATIONAL_DAY_ADJACENT).stream()
			.findFirst()
			.map((decided) -> new PublicHoliday(decided.date(), "Quốc khánh (ngày liền kề)", Basis.GOVERNMENT_DECISION))
			.orElseGet(() -> law(MonthDay.of(9, 1).atYear(year), "Quốc khánh (ngày liền kề)"));
	}

	private List<HolidayAdjustment> adjustmentsIn(int year, AdjustmentKind kind) {
		return this.adjustments.stream()
			.filter((adjustment) -> adjustment.kind() == kind && adjustment.date().getYear() == year)
			.sorted(Comparator.comparing(HolidayAdjustment::date))
			.toList();
	}

	private static PublicHoliday law(LocalDate date, String name) {
		return new PublicHoliday(date, name, Basis.LABOUR_CODE);
	}

}
