package vn.health.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.health.servicekit.web.FieldProblem;
import vn.health.servicekit.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CalendarRangeTests {

	@Test
	void acceptsOneDayAndExactlyTwoYears() {
		assertThat(new CalendarRange(date("2024-03-24"), date("2024-03-24")).to()).isEqualTo(date("2024-03-24"));
		assertThat(new CalendarRange(date("2024-01-01"), date("2026-01-01")).from()).isEqualTo(date("2024-01-01"));
	}

	@Test
	void refusesAnEndBeforeTheStart() {
		assertProblems(date("2024-04-01"), date("2024-03-31"),
				new FieldProblem("to", "Ngày kết thúc phải không trước ngày bắt đầu", "to must not be before from"));
	}

	@Test
	void refusesARangeOverTwoYears() {
		assertProblems(date("2024-01-01"), date("2026-01-02"),
				new FieldProblem("to", "Khoảng thời gian tối đa 2 năm", "the range must not exceed 2 years"));
	}

	@Test
	void refusesMissingDatesAndYearsOutsideTheCalendarAtEachField() {
		assertProblems(null, null, new FieldProblem("from", "Thiếu ngày", "from is required"),
				new FieldProblem("to", "Thiếu ngày", "to is required"));
		assertProblems(date("1999-12-31"), date("2101-01-01"),
				new FieldProblem("from", "Năm phải từ 2000 đến 2100", "year must be between 2000 and 2100"),
				new FieldProblem("to", "Năm phải từ 2000 đến 2100", "year must be between 2000 and 2100"));
	}

	private static void assertProblems(LocalDate from, LocalDate to, FieldProblem... problems) {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> new CalendarRange(from, to))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly(problems));
	}

	private static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

}
