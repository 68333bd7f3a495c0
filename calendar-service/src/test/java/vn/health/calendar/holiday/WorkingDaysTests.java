package vn.health.calendar.holiday;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.health.calendar.holiday.PublicHolidaysTests.adjustment;

class WorkingDaysTests {

	private final WorkingDays plain = new WorkingDays(new PublicHolidays(List.of()));

	/** Tết 2025 as decided: 27/01 swapped for Saturday 08/02. */
	private final WorkingDays tet2025 = new WorkingDays(
			new PublicHolidays(List.of(adjustment("2025-01-27", AdjustmentKind.DAY_OFF, "TB 6150/TB-BLĐTBXH"),
					adjustment("2025-02-08", AdjustmentKind.WORKING_DAY, "TB 6150/TB-BLĐTBXH"))));

	@Test
	void worksMondayToFridayButNotOnWeekendsOrHolidays() {
		assertThat(this.plain.isWorkingDay(date("2024-03-20"))).isTrue();
		assertThat(this.plain.isWorkingDay(date("2024-03-23"))).as("Saturday").isFalse();
		assertThat(this.plain.isWorkingDay(date("2024-03-24"))).as("Sunday").isFalse();
		assertThat(this.plain.isWorkingDay(date("2024-02-12"))).as("mùng 3 Tết 2024, a Monday").isFalse();
		assertThat(this.plain.isWorkingDay(date("2026-02-17"))).as("mùng 1 Tết 2026").isFalse();
		assertThat(this.plain.isWorkingDay(date("2025-04-07"))).as("Giỗ Tổ 2025").isFalse();
	}

	@Test
	void followsTheGovernmentsSwapOfDays() {
		assertThat(this.tet2025.isWorkingDay(date("2025-01-27"))).isFalse();
		assertThat(this.tet2025.isWorkingDay(date("2025-02-08"))).as("Saturday made a working day").isTrue();
		assertThat(this.tet2025.isWorkingDay(date("2025-02-09"))).isFalse();
	}

	@Test
	void addsWorkingDaysSkippingTheTetHolidayAndWeekends() {
		// Friday 24/01/2025 + 1: 25–26 weekend, 27 swapped off, 28/01–01/02 Tết, 02 Sunday → Monday 03/02.
		assertThat(this.tet2025.addWorkingDays(date("2025-01-24"), 1)).isEqualTo(date("2025-02-03"));
		assertThat(this.tet2025.addWorkingDays(date("2025-02-07"), 1)).isEqualTo(date("2025-02-08"));
		assertThat(this.plain.addWorkingDays(date("2024-02-08"), 1)).isEqualTo(date("2024-02-14"));
		assertThat(this.plain.addWorkingDays(date("2024-03-18"), 5)).isEqualTo(date("2024-03-25"));
	}

	@Test
	void countsBackwardsForANegativeNumberAndStaysForZero() {
		assertThat(this.plain.addWorkingDays(date("2024-02-14"), -1)).isEqualTo(date("2024-02-08"));
		assertThat(this.plain.addWorkingDays(date("2024-03-24"), 0)).isEqualTo(date("2024-03-24"));
	}

	@Test
	void crossesTheYearEndOverNewYearsDay() {
		assertThat(this.plain.addWorkingDays(date("2025-12-31"), 1)).isEqualTo(date("2026-01-02"));
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

}
