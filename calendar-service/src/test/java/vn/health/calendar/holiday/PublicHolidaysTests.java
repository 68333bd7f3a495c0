package vn.health.calendar.holiday;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.health.calendar.holiday.PublicHoliday.Basis;

import static org.assertj.core.api.Assertions.assertThat;

class PublicHolidaysTests {

	@Test
	void listsTheElevenDaysOfTheLabourCodeFor2024() {
		assertThat(new PublicHolidays(List.of()).in(2024)).containsExactly(
				law("2024-01-01", "Tết Dương lịch"),
				law("2024-02-09", "Tết Nguyên đán (ngày cuối năm Âm lịch)"),
				law("2024-02-10", "Tết Nguyên đán (mùng 1)"), law("2024-02-11", "Tết Nguyên đán (mùng 2)"),
				law("2024-02-12", "Tết Nguyên đán (mùng 3)"), law("2024-02-13", "Tết Nguyên đán (mùng 4)"),
				law("2024-04-18", "Giỗ Tổ Hùng Vương (10/3 Âm lịch)"), law("2024-04-30", "Ngày Chiến thắng"),
				law("2024-05-01", "Ngày Quốc tế Lao động"), law("2024-09-01", "Quốc khánh (ngày liền kề)"),
				law("2024-09-02", "Quốc khánh"));
	}

	@Test
	void startsTetOnTheLunarNewYearIn2025And2026() {
		assertThat(tetDays(2025)).containsExactly(date("2025-01-28"), date("2025-01-29"), date("2025-01-30"),
				date("2025-01-31"), date("2025-02-01"));
		assertThat(tetDays(2026)).containsExactly(date("2026-02-16"), date("2026-02-17"), date("2026-02-18"),
				date("2026-02-19"), date("2026-02-20"));
	}

	@Test
	void addsTheGovernmentsExtraDaysOffAndListsItsWorkingDaysApart() {
		PublicHolidays holidays = new PublicHolidays(List.of(
				adjustment("2025-01-27", AdjustmentKind.DAY_OFF, "TB 6150/TB-BLĐTBXH"),
				adjustment("2025-02-08", AdjustmentKind.WORKING_DAY, "TB 6150/TB-BLĐTBXH"),
				adjustment("2024-01-02", AdjustmentKind.DAY_OFF, "another year")));

		assertThat(holidays.in(2025)).contains(new PublicHoliday(date("2025-01-27"),
				"Nghỉ theo quyết định: TB 6150/TB-BLĐTBXH", Basis.GOVERNMENT_DECISION));
		assertThat(holidays.in(2025)).hasSize(12).noneMatch((day) -> day.date().equals(date("2025-02-08")));
		assertThat(holidays.workingDaysIn(2025)).extracting(HolidayAdjustment::date)
			.containsExactly(date("2025-02-08"));
	}

	@Test
	void movesTheDayNextToNationalDayWhenTheGovernmentChoosesTheThird() {
		PublicHolidays holidays = new PublicHolidays(
				List.of(adjustment("2024-09-03", AdjustmentKind.NATIONAL_DAY_ADJACENT, "QĐ 2024")));

		assertThat(holidays.in(2024)).filteredOn((day) -> day.name().startsWith("Quốc khánh"))
			.containsExactly(law("2024-09-02", "Quốc khánh"), new PublicHoliday(date("2024-09-03"),
					"Quốc khánh (ngày liền kề)", Basis.GOVERNMENT_DECISION));
		assertThat(holidays.in(2025)).extracting(PublicHoliday::date).contains(date("2025-09-01"));
	}

	private static List<LocalDate> tetDays(int year) {
		return new PublicHolidays(List.of()).in(year)
			.stream()
			.filter((day) -> day.name().startsWith("Tết Nguyên đán"))
			.map(PublicHoliday::date)
			.toList();
	}

	static HolidayAdjustment adjustment(String date, AdjustmentKind kind, String reason) {
		return new HolidayAdjustment(date, date(date), kind, reason);
	}

	private static PublicHoliday law(String date, String name) {
		return new PublicHoliday(date(date), name, Basis.LABOUR_CODE);
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

}
