package vn.health.calendar;

import org.junit.jupiter.api.Test;

import vn.health.servicekit.web.FieldProblem;
import vn.health.servicekit.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CalendarYearTests {

	@Test
	void acceptsTheYearsFrom2000To2100() {
		assertThat(new CalendarYear(2000).value()).isEqualTo(2000);
		assertThat(new CalendarYear(2100).value()).isEqualTo(2100);
	}

	@Test
	void refusesAYearOutsideTheRangeWithAProblemAtYearInBothLanguages() {
		for (int year : new int[] { 1999, 2101, 224, 20245 }) {
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> new CalendarYear(year))
				.satisfies((ex) -> assertThat(ex.problems()).containsExactly(new FieldProblem("year",
						"Năm phải từ 2000 đến 2100", "year must be between 2000 and 2100")));
		}
	}

}
