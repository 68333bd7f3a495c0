package vn.health.calendar.holiday;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.health.contracts.calendar.HolidaysPublished;
import vn.health.contracts.calendar.HolidaysPublished.DayOff;

import static org.assertj.core.api.Assertions.assertThat;

class HolidayYearTests {

	private static final Instant NOW = Instant.parse("2025-01-02T02:00:00Z");

	private static final List<DayOff> LAW = List
		.of(new DayOff(LocalDate.of(2025, 1, 1), "Tết Dương lịch", "PUBLIC_HOLIDAY"));

	private static final List<DayOff> WITH_SWAP = List.of(LAW.get(0),
			new DayOff(LocalDate.of(2025, 5, 2), "Nghỉ theo quyết định: hoán đổi", "COMPENSATORY"));

	@Test
	void publishesAYearTheFirstTimeAsRevisionOne() {
		HolidayYear year = HolidayYear.unpublished(2025);

		assertThat(year.publish(LAW, List.of(), NOW)).isTrue();

		HolidaysPublished published = (HolidaysPublished) year.pendingEvents().get(0).payload();
		assertThat(published.year()).isEqualTo(2025);
		assertThat(published.revision()).isEqualTo(1);
		assertThat(published.daysOff()).isEqualTo(LAW);
	}

	@Test
	void recordsNothingWhenTheYearHasNotChanged() {
		HolidayYear year = HolidayYear.unpublished(2025);
		year.publish(LAW, List.of(), NOW);

		assertThat(year.publish(LAW, List.of(), NOW.plusSeconds(3600))).isFalse();
		assertThat(year.pendingEvents()).hasSize(1);
		assertThat(year.revision()).isEqualTo(1);
	}

	@Test
	void publishesTheWholeYearAgainWithTheNextRevisionWhenADecisionChangesIt() {
		HolidayYear year = HolidayYear.unpublished(2025);
		year.publish(LAW, List.of(), NOW);

		assertThat(year.publish(WITH_SWAP, List.of(LocalDate.of(2025, 4, 26)), NOW)).isTrue();

		HolidaysPublished published = (HolidaysPublished) year.pendingEvents().get(1).payload();
		assertThat(published.revision()).isEqualTo(2);
		assertThat(published.daysOff()).isEqualTo(WITH_SWAP);
		assertThat(published.workingWeekendDays()).containsExactly(LocalDate.of(2025, 4, 26));
	}

}
