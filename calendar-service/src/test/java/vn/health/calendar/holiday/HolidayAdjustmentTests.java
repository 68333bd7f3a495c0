package vn.health.calendar.holiday;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.health.servicekit.web.FieldProblem;
import vn.health.servicekit.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HolidayAdjustmentTests {

	private final WorkingDays calendar = new WorkingDays(new PublicHolidays(List.of()));

	@Test
	void acceptsADayOffOnAWorkingDayAndKeysItByDate() {
		HolidayAdjustment adjustment = HolidayAdjustment.decide(date("2025-01-27"), AdjustmentKind.DAY_OFF,
				"  TB 6150/TB-BLĐTBXH ", this.calendar);

		assertThat(adjustment).isEqualTo(new HolidayAdjustment("2025-01-27", date("2025-01-27"),
				AdjustmentKind.DAY_OFF, "TB 6150/TB-BLĐTBXH"));
	}

	@Test
	void keysTheNationalDayChoiceByYearSoAYearHasOnlyOne() {
		assertThat(HolidayAdjustment.decide(date("2024-09-03"), AdjustmentKind.NATIONAL_DAY_ADJACENT, "QĐ",
				this.calendar).id()).isEqualTo("national-day-2024");
	}

	@Test
	void refusesADayOffOnADayAlreadyOff() {
		assertProblems(date("2024-02-12"), AdjustmentKind.DAY_OFF, "QĐ",
				new FieldProblem("date", "Ngày này vốn đã là ngày nghỉ", "this date is already a day off"));
		assertProblems(date("2024-03-23"), AdjustmentKind.DAY_OFF, "QĐ",
				new FieldProblem("date", "Ngày này vốn đã là ngày nghỉ", "this date is already a day off"));
	}

	@Test
	void refusesAWorkingDayOnAWeekdayOrOnAHolidayWeekend() {
		FieldProblem problem = new FieldProblem("date", "Ngày làm bù phải là thứ Bảy hoặc Chủ nhật không trùng ngày lễ",
				"a compensatory working day must be a Saturday or Sunday that is not a holiday");
		assertProblems(date("2025-02-07"), AdjustmentKind.WORKING_DAY, "QĐ", problem);
		assertProblems(date("2024-02-10"), AdjustmentKind.WORKING_DAY, "QĐ", problem);
	}

	@Test
	void refusesANationalDayChoiceOtherThanTheFirstOrThirdOfSeptember() {
		assertProblems(date("2024-09-04"), AdjustmentKind.NATIONAL_DAY_ADJACENT, "QĐ", new FieldProblem("date",
				"Ngày liền kề Quốc khánh phải là 01/9 hoặc 03/9", "the day next to National Day must be 1 or 3 September"));
	}

	@Test
	void reportsEveryMissingFieldAtOnce() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> HolidayAdjustment.decide(null, null, " ", this.calendar))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::field)
				.containsExactly("date", "kind", "reason"));
	}

	@Test
	void refusesAYearOutsideTheCalendarAndAnOverlongReason() {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> HolidayAdjustment.decide(date("1999-01-04"), AdjustmentKind.DAY_OFF, "x".repeat(301),
					this.calendar))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::messageEn)
				.containsExactly("reason is longer than 300 characters", "year must be between 2000 and 2100"));
	}

	private void assertProblems(LocalDate date, AdjustmentKind kind, String reason, FieldProblem... problems) {
		assertThatExceptionOfType(InvalidInputException.class)
			.isThrownBy(() -> HolidayAdjustment.decide(date, kind, reason, this.calendar))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(problems));
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

}
