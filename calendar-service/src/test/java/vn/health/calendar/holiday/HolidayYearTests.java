package vn.health.calendar.holiday;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.health.contracts.EventType;
import vn.health.contracts.calendar.HolidaysPublished;
import vn.health.contracts.calendar.HolidaysPublished.DayOff;
import vn.health.testkit.ContractSamples;

import static org.assertj.core.api.Assertions.assertThat;

class HolidayYearTests {

	private static final Instant NOW = Instant.parse("2025-01-02T02:00:00Z");

	/** Thông báo 2025: 2/5 off in exchange for working Saturday 26/4. */
	private static final List<HolidayAdjustment> SWAP = List.of(
			new HolidayAdjustment("2025-05-02", LocalDate.of(2025, 5, 2), AdjustmentKind.DAY_OFF, "Hoán đổi 2025"),
			new HolidayAdjustment("2025-04-26", LocalDate.of(2025, 4, 26), AdjustmentKind.WORKING_DAY, "Hoán đổi 2025"));

	@Test
	void publishesAYearTheFirstTimeAsRevisionOneWithItsLunarHolidays() {
		HolidayYear year = HolidayYear.unpublished(2025);

		assertThat(year.publish(new PublicHolidays(List.of()), NOW)).isTrue();

		HolidaysPublished published = published(year, 0);
		assertThat(published.year()).isEqualTo(2025);
		assertThat(published.revision()).isEqualTo(1);
		assertThat(published.daysOff()).contains(new DayOff(LocalDate.of(2025, 1, 29), "Tết Nguyên đán (mùng 1)", "PUBLIC_HOLIDAY"),
				new DayOff(LocalDate.of(2025, 4, 7), "Giỗ Tổ Hùng Vương (10/3 Âm lịch)", "PUBLIC_HOLIDAY"));
		assertThat(published.workingWeekendDays()).isEmpty();
	}

	@Test
	void recordsNothingWhenTheYearHasNotChanged() {
		HolidayYear year = HolidayYear.unpublished(2025);
		year.publish(new PublicHolidays(SWAP), NOW);

		assertThat(year.publish(new PublicHolidays(SWAP), NOW.plusSeconds(3600))).isFalse();
		assertThat(year.pendingEvents()).hasSize(1);
		assertThat(year.revision()).isEqualTo(1);
	}

	@Test
	void publishesTheWholeYearAgainWithTheNextRevisionWhenADecisionChangesIt() {
		HolidayYear year = HolidayYear.unpublished(2025);
		year.publish(new PublicHolidays(List.of()), NOW);

		assertThat(year.publish(new PublicHolidays(SWAP), NOW)).isTrue();

		HolidaysPublished published = published(year, 1);
		assertThat(published.revision()).isEqualTo(2);
		assertThat(published.daysOff()).filteredOn((day) -> day.kind().equals("COMPENSATORY"))
			.extracting(DayOff::date)
			.containsExactly(LocalDate.of(2025, 5, 2));
		assertThat(published.workingWeekendDays()).containsExactly(LocalDate.of(2025, 4, 26));
	}

	@Test
	void writesTheEventWithTheFieldsOfTheContractSample() {
		HolidayYear year = HolidayYear.unpublished(2025);
		year.publish(new PublicHolidays(SWAP), NOW);
		JsonMapper json = JsonMapper.builder().build();

		JsonNode written = json.readTree(json.writeValueAsString(published(year, 0)));
		JsonNode sample = json.readTree(ContractSamples.json(EventType.HOLIDAYS_PUBLISHED));

		assertThat(names(written)).isEqualTo(names(sample));
		assertThat(names(written.get("daysOff").get(0))).isEqualTo(names(sample.get("daysOff").get(0)));
		assertThat(written.get("workingWeekendDays").get(0).asString()).isEqualTo("2025-04-26");
	}

	private static HolidaysPublished published(HolidayYear year, int index) {
		return (HolidaysPublished) year.pendingEvents().get(index).payload();
	}

	private static Set<String> names(JsonNode node) {
		Set<String> names = new TreeSet<>();
		Iterator<String> fields = node.propertyNames().iterator();
		fields.forEachRemaining(names::add);
		return names;
	}

}
