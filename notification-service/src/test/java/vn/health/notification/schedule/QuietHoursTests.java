package vn.health.notification.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTests {

	private static final WorkingDays WEEKDAYS = new WorkingDays(Set.of(), Set.of());

	/** 2024: 29/4 given off in exchange for Saturday 4/5, then 30/4 and 1/5 (Quyết định of the Prime Minister). */
	private static final WorkingDays MAY_2024 = new WorkingDays(
			Set.of(LocalDate.of(2024, 4, 29), LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 1)),
			Set.of(LocalDate.of(2024, 5, 4)));

	private final QuietHours quietHours = new QuietHours(QuietHours.VIETNAM, LocalTime.of(21, 0), LocalTime.of(7, 0),
			LocalTime.of(7, 30));

	@Test
	void duringWorkingHoursANoticeGoesOutAtOnce() {
		assertThat(this.quietHours.sendAt(at("2024-06-19T10:00+07:00"), WEEKDAYS)).isEqualTo(at("2024-06-19T10:00+07:00"));
		assertThat(this.quietHours.sendAt(at("2024-06-19T07:00+07:00"), WEEKDAYS)).isEqualTo(at("2024-06-19T07:00+07:00"));
	}

	@Test
	void aWeekdayEveningWaitsForHalfPastSevenNextMorning() {
		assertThat(this.quietHours.sendAt(at("2024-06-19T21:00+07:00"), WEEKDAYS)).isEqualTo(at("2024-06-20T07:30+07:00"));
	}

	@Test
	void beforeSevenInTheMorningWaitsForHalfPastSevenTheSameDay() {
		assertThat(this.quietHours.sendAt(at("2024-06-20T05:10+07:00"), WEEKDAYS)).isEqualTo(at("2024-06-20T07:30+07:00"));
	}

	@Test
	void fridayNightAndTheWeekendWaitForMondayMorning() {
		assertThat(this.quietHours.sendAt(at("2024-06-21T22:00+07:00"), WEEKDAYS)).isEqualTo(at("2024-06-24T07:30+07:00"));
		assertThat(this.quietHours.sendAt(at("2024-06-22T10:00+07:00"), WEEKDAYS)).isEqualTo(at("2024-06-24T07:30+07:00"));
		assertThat(this.quietHours.sendAt(at("2024-06-23T23:59+07:00"), WEEKDAYS)).isEqualTo(at("2024-06-24T07:30+07:00"));
	}

	@Test
	void nightIsJudgedInVietnamWhateverTheServerZone() {
		// 14:30 UTC on a Wednesday is 21:30 in Hà Nội.
		assertThat(this.quietHours.sendAt(Instant.parse("2024-06-19T14:30:00Z"), WEEKDAYS)).isEqualTo(at("2024-06-20T07:30+07:00"));
	}

	@Test
	void aFridayEveningBeforeTheHolidaysWaitsForTheFirstWorkingMorningAfterThem() {
		assertThat(this.quietHours.sendAt(at("2024-04-26T22:00+07:00"), MAY_2024)).isEqualTo(at("2024-05-02T07:30+07:00"));
	}

	@Test
	void duringWorkingHoursOfAPublicHolidayANoticeStillWaits() {
		assertThat(this.quietHours.sendAt(at("2024-04-30T10:00+07:00"), MAY_2024)).isEqualTo(at("2024-05-02T07:30+07:00"));
	}

	@Test
	void aSaturdayWorkedInExchangeIsAWorkingDay() {
		assertThat(this.quietHours.sendAt(at("2024-05-03T22:00+07:00"), MAY_2024)).isEqualTo(at("2024-05-04T07:30+07:00"));
		assertThat(this.quietHours.sendAt(at("2024-05-04T10:00+07:00"), MAY_2024)).isEqualTo(at("2024-05-04T10:00+07:00"));
	}

	private static Instant at(String vietnamTime) {
		return OffsetDateTime.parse(vietnamTime).toInstant();
	}

}
