package vn.health.calendar.upcoming;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.health.calendar.expression.Occurrence;
import vn.health.calendar.theme.ThemeOccurrence;
import vn.health.calendar.theme.ThemeScope;
import vn.health.contracts.calendar.ThemeUpcoming;
import vn.health.servicekit.outbox.OutboxEvent;

import static org.assertj.core.api.Assertions.assertThat;

class ThemeAnnouncementTests {

	private static final Instant NOW = Instant.parse("2024-03-10T01:00:00Z");

	private static final ThemeOccurrence PLANNED = ThemeOccurrence.ofPlan("p1", "plan-p1-abc", 1001,
			"Ngày Thế giới phòng, chống lao", Occurrence.day(LocalDate.of(2024, 3, 24)));

	private static final ThemeOccurrence NATIONAL = new ThemeOccurrence("national-07-20240324-day", "national-07", 7,
			"Ngày Thế giới phòng, chống lao", LocalDate.of(2024, 3, 24), LocalDate.of(2024, 3, 24),
			PLANNED.kind(), ThemeScope.NATIONAL, null);

	private static final ThemeOccurrence PROVINCE = own("province-1", ThemeScope.PROVINCE);

	private static final ThemeOccurrence UNIT = own("unit-1", ThemeScope.UNIT);

	@Test
	void announcesEachOffsetOnceForThePlansUnits() {
		ThemeAnnouncement announcement = ThemeAnnouncement.of(PLANNED);

		assertThat(announcement.announce(PLANNED, 14, "91/KH-SYT", List.of("ttyt-yen-the"), NOW)).isTrue();
		assertThat(announcement.announce(PLANNED, 14, "91/KH-SYT", List.of("ttyt-yen-the"), NOW)).isFalse();
		assertThat(announcement.announce(PLANNED, 3, "91/KH-SYT", List.of("ttyt-yen-the"), NOW)).isTrue();

		assertThat(announcement.id()).isEqualTo("p1:plan-p1-abc-20240324-day");
		assertThat(announcement.pendingEvents()).extracting(OutboxEvent::payload)
			.extracting((event) -> ((ThemeUpcoming) event).daysBefore())
			.containsExactly(14, 3);
		ThemeUpcoming first = (ThemeUpcoming) announcement.pendingEvents().getFirst().payload();
		assertThat(first.scope()).isEqualTo("PLAN");
		assertThat(first.planNumber()).isEqualTo("91/KH-SYT");
		assertThat(first.unitIds()).containsExactly("ttyt-yen-the");
		assertThat(first.aggregateId()).isEqualTo(announcement.id());
	}

	@Test
	void neverAnnouncesAFurtherOffsetAfterANearerOne() {
		ThemeAnnouncement announcement = ThemeAnnouncement.of(NATIONAL);

		assertThat(announcement.announce(NATIONAL, 3, null, List.of(), NOW)).isTrue();
		assertThat(announcement.announce(NATIONAL, 14, null, List.of(), NOW)).isFalse();

		ThemeUpcoming only = (ThemeUpcoming) announcement.pendingEvents().getFirst().payload();
		assertThat(announcement.pendingEvents()).hasSize(1);
		assertThat(only.announcementId()).isEqualTo("NATIONAL:national-07-20240324-day");
		assertThat(only.planId()).isNull();
		assertThat(only.unitIds()).isEmpty();
	}

	@Test
	void announcesAProvinceThemeToEveryUnitAndAUnitsThemeToTheUnitsItNames() {
		ThemeAnnouncement province = ThemeAnnouncement.of(PROVINCE);
		ThemeAnnouncement own = ThemeAnnouncement.of(UNIT);

		assertThat(province.announce(PROVINCE, 14, "91/KH-SYT", List.of("ttyt-yen-the"), NOW)).isTrue();
		assertThat(own.announce(UNIT, 14, null, List.of("ttyt-yen-the", "tyt-xa-bo-ha"), NOW)).isTrue();
		assertThat(own.announce(UNIT, 14, null, List.of("ttyt-yen-the", "tyt-xa-bo-ha"), NOW)).isFalse();

		ThemeUpcoming toEveryUnit = (ThemeUpcoming) province.pendingEvents().getFirst().payload();
		assertThat(toEveryUnit.announcementId()).isEqualTo("PROVINCE:province-1-20240324-day");
		assertThat(toEveryUnit.scope()).isEqualTo("PROVINCE");
		assertThat(toEveryUnit.unitIds()).isEmpty();
		assertThat(toEveryUnit.planId()).isNull();
		assertThat(toEveryUnit.planNumber()).isNull();
		ThemeUpcoming toTheUnit = (ThemeUpcoming) own.pendingEvents().getFirst().payload();
		assertThat(own.pendingEvents()).hasSize(1);
		assertThat(toTheUnit.announcementId()).isEqualTo("UNIT:unit-1-20240324-day");
		assertThat(toTheUnit.scope()).isEqualTo("UNIT");
		assertThat(toTheUnit.unitIds()).containsExactly("ttyt-yen-the", "tyt-xa-bo-ha");
		assertThat(toTheUnit.planNumber()).isNull();
	}

	@Test
	void refusesAnOccurrenceOtherThanItsOwn() {
		ThemeAnnouncement announcement = ThemeAnnouncement.of(NATIONAL);

		assertThat(announcement.announce(PLANNED, 14, "91/KH-SYT", List.of(), NOW)).isFalse();
		assertThat(announcement.pendingEvents()).isEmpty();
	}

	private static ThemeOccurrence own(String themeId, ThemeScope scope) {
		return new ThemeOccurrence(themeId + "-20240324-day", themeId, 500, "Ngày hội hiến máu", LocalDate.of(2024, 3, 24),
				LocalDate.of(2024, 3, 24), PLANNED.kind(), scope, null);
	}

}
