package vn.health.reporting.workingday;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Working days in Vietnam: weekends and public holidays off, swapped Saturdays worked. */
class WorkingCalendarTests {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private final WorkingCalendar builtIn = new WorkingCalendar(Map.of(), VIETNAM);

	@Test
	void weekendsAndTetAreOffAndTheSwappedSaturdayIsWorked() {
		assertThat(this.builtIn.isWorkingDay(LocalDate.of(2024, 6, 21))).isTrue();
		assertThat(this.builtIn.isWorkingDay(LocalDate.of(2024, 6, 22))).isFalse();
		assertThat(this.builtIn.isWorkingDay(LocalDate.of(2024, 2, 12))).isFalse();
		assertThat(this.builtIn.isWorkingDay(LocalDate.of(2025, 9, 1))).isFalse();
		assertThat(this.builtIn.isWorkingDay(LocalDate.of(2024, 5, 4))).isTrue();
	}

	@Test
	void aReportDueBeforeThursdayIsEscalatedAfterThreeWorkingDaysOnTheNextWorkingMorning() {
		// "trước ngày 20/6/2024": late on Thu 20, Fri 21 and Mon 24, escalated on Tue 25 at 08:00
		Instant dueAt = Instant.parse("2024-06-19T17:00:00Z");

		assertThat(this.builtIn.afterWorkingDays(dueAt, 3)).isEqualTo(Instant.parse("2024-06-25T01:00:00Z"));
	}

	@Test
	void theReunificationHolidaysAreNotCountedAndTheSwappedSaturdayIs() {
		// due before Fri 26/4/2024: late Fri 26, (29/4 – 1/5 off) Thu 2, Fri 3; escalated on Sat 4/5, a working day
		Instant dueAt = Instant.parse("2024-04-25T17:00:00Z");

		assertThat(this.builtIn.afterWorkingDays(dueAt, 3)).isEqualTo(Instant.parse("2024-05-04T01:00:00Z"));
	}

	@Test
	void theOverdueAlertGoesOutOnTheMorningOfTheFirstWorkingDayAfterTheLastDayOnTime() {
		// "trước ngày 20/6/2024" (Thu): due when 20/6 starts, so 20/6 is already the day after; alert 20/6 08:00
		assertThat(this.builtIn.overdueAlertAt(at("2024-06-20T00:00"))).isEqualTo(at("2024-06-20T08:00"));
		// "chậm nhất ngày 20/6/2024": due when 21/6 starts; alert on Fri 21/6 at 08:00
		assertThat(this.builtIn.overdueAlertAt(at("2024-06-21T00:00"))).isEqualTo(at("2024-06-21T08:00"));
		// "chậm nhất ngày 21/6/2024" (Fri): due when Sat 22/6 starts; the weekend waits, alert Mon 24/6 at 08:00
		assertThat(this.builtIn.overdueAlertAt(at("2024-06-22T00:00"))).isEqualTo(at("2024-06-24T08:00"));
		// a deadline inside a day (not one the plans use): the day after it
		assertThat(this.builtIn.overdueAlertAt(at("2024-06-20T07:00"))).isEqualTo(at("2024-06-21T08:00"));
	}

	@Test
	void theOverdueAlertWaitsOutTheReunificationHolidaysAndGoesOutOnTheSwappedSaturday() {
		// "trước ngày 30/4/2024": 29/4 – 1/5 off, alert Thu 2/5; "chậm nhất ngày 3/5/2024" (Fri): Sat 4/5 is worked
		assertThat(this.builtIn.overdueAlertAt(at("2024-04-30T00:00"))).isEqualTo(at("2024-05-02T08:00"));
		assertThat(this.builtIn.overdueAlertAt(at("2024-05-04T00:00"))).isEqualTo(at("2024-05-04T08:00"));
	}

	@Test
	void aPublishedYearReplacesTheBuiltInList() {
		HolidayYear published = new HolidayYear(2024, 3, List.of(LocalDate.of(2024, 6, 21)), List.of());
		WorkingCalendar calendar = new WorkingCalendar(Map.of(2024, published), VIETNAM);

		assertThat(calendar.isWorkingDay(LocalDate.of(2024, 6, 21))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 12))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 4))).isFalse();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 28))).isFalse();
	}

	@Test
	void aDeadlineAtTheEndOfADayStartsCountingTheNextDay() {
		// "chậm nhất ngày 20/6/2024" (Thu): due when 21/6 starts; late Fri 21, Mon 24, Tue 25; escalated Wed 26
		Instant dueAt = Instant.parse("2024-06-20T17:00:00Z");

		assertThat(this.builtIn.afterWorkingDays(dueAt, 3)).isEqualTo(Instant.parse("2024-06-26T01:00:00Z"));
	}

	private static Instant at(String vietnamTime) {
		return LocalDateTime.parse(vietnamTime).atZone(VIETNAM).toInstant();
	}

}
