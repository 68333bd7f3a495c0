package vn.health.notification.schedule;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuietHoursTests {

	private final QuietHours quietHours = new QuietHours(QuietHours.VIETNAM, LocalTime.of(21, 0), LocalTime.of(7, 0),
			LocalTime.of(7, 30));

	@Test
	void duringWorkingHoursANoticeGoesOutAtOnce() {
		assertThat(this.quietHours.sendAt(at("2024-06-19T10:00+07:00"))).isEqualTo(at("2024-06-19T10:00+07:00"));
		assertThat(this.quietHours.sendAt(at("2024-06-19T07:00+07:00"))).isEqualTo(at("2024-06-19T07:00+07:00"));
	}

	@Test
	void aWeekdayEveningWaitsForHalfPastSevenNextMorning() {
		assertThat(this.quietHours.sendAt(at("2024-06-19T21:00+07:00"))).isEqualTo(at("2024-06-20T07:30+07:00"));
	}

	@Test
	void beforeSevenInTheMorningWaitsForHalfPastSevenTheSameDay() {
		assertThat(this.quietHours.sendAt(at("2024-06-20T05:10+07:00"))).isEqualTo(at("2024-06-20T07:30+07:00"));
	}

	@Test
	void fridayNightAndTheWeekendWaitForMondayMorning() {
		assertThat(this.quietHours.sendAt(at("2024-06-21T22:00+07:00"))).isEqualTo(at("2024-06-24T07:30+07:00"));
		assertThat(this.quietHours.sendAt(at("2024-06-22T10:00+07:00"))).isEqualTo(at("2024-06-24T07:30+07:00"));
		assertThat(this.quietHours.sendAt(at("2024-06-23T23:59+07:00"))).isEqualTo(at("2024-06-24T07:30+07:00"));
	}

	@Test
	void nightIsJudgedInVietnamWhateverTheServerZone() {
		// 14:30 UTC on a Wednesday is 21:30 in Hà Nội.
		assertThat(this.quietHours.sendAt(Instant.parse("2024-06-19T14:30:00Z"))).isEqualTo(at("2024-06-20T07:30+07:00"));
	}

	private static Instant at(String vietnamTime) {
		return OffsetDateTime.parse(vietnamTime).toInstant();
	}

}
