package vn.health.plan.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.health.contracts.directory.UnitType;
import vn.health.contracts.directory.UnitUpserted;
import vn.health.contracts.directory.UnitsMerged;
import vn.health.servicekit.outbox.OutboxEvent;
import vn.health.servicekit.web.ConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The 2025 reorganisation as the unit sees it: communes Đồng Kỳ and Tam Tiến merge into a new commune. */
class UnitTests {

	private static final Instant NOW = Instant.parse("2025-06-20T02:00:00Z");

	private static final LocalDate JULY_FIRST = LocalDate.of(2025, 7, 1);

	private static final MergeRequest MERGE = new MergeRequest(List.of("tyt-dong-ky", "tyt-tam-tien"), JULY_FIRST,
			"Nghị quyết sắp xếp đơn vị hành chính cấp xã năm 2025");

	@Test
	void registeringAnnouncesTheUnitWithItsFirstDay() {
		Unit unit = commune("tyt-dong-ky-moi", JULY_FIRST);

		assertThat(unit.pendingEvents()).singleElement()
			.extracting(OutboxEvent::payload)
			.isEqualTo(new UnitUpserted("tyt-dong-ky-moi", "Trạm Y tế tyt-dong-ky-moi", UnitType.COMMUNE_HEALTH_STATION,
					"ttyt-yen-the", null, null, JULY_FIRST, null, null));
	}

	@Test
	void aUnitIsActiveFromItsFirstDayThroughItsLastDay() {
		Unit unit = commune("tyt-dong-ky", LocalDate.of(2019, 12, 1));
		unit.endBySuccession("tyt-dong-ky-moi", JULY_FIRST, "nvy", NOW);

		assertThat(unit.isActiveOn(LocalDate.of(2019, 11, 30))).isFalse();
		assertThat(unit.isActiveOn(LocalDate.of(2019, 12, 1))).isTrue();
		assertThat(unit.isActiveOn(LocalDate.of(2025, 6, 30))).isTrue();
		assertThat(unit.isActiveOn(JULY_FIRST)).isFalse();
		assertThat(commune("tyt-tam-tien", null).isActiveOn(LocalDate.of(1990, 1, 1))).isTrue();
	}

	@Test
	void theSuccessorRecordsTheMergeAndAnnouncesItWithTheMergedUnits() {
		Unit successor = commune("tyt-dong-ky-moi", JULY_FIRST);

		successor.recordMerge(MERGE, "nvy", NOW);

		assertThat(successor.merges()).containsExactly(new UnitMerge(MERGE.mergedUnitIds(), JULY_FIRST, MERGE.reason(), NOW));
		assertThat(successor.pendingEvents()).last()
			.extracting(OutboxEvent::payload)
			.isEqualTo(new UnitsMerged("tyt-dong-ky-moi", List.of("tyt-dong-ky", "tyt-tam-tien"), JULY_FIRST,
					MERGE.reason()));
	}

	@Test
	void aUnitThatHasEndedOrNotYetBegunTakesNoMerge() {
		Unit ended = commune("tyt-bo-ha", null);
		ended.endBySuccession("tyt-bo-ha-moi", LocalDate.of(2025, 1, 1), "nvy", NOW);
		Unit later = commune("tyt-moi", LocalDate.of(2025, 8, 1));

		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> ended.recordMerge(MERGE, "nvy", NOW));
		assertThatExceptionOfType(ConflictException.class).isThrownBy(() -> later.recordMerge(MERGE, "nvy", NOW));
		assertThat(later.merges()).isEmpty();
	}

	@Test
	void aMergedUnitEndsTheDayBeforeAndAnnouncesItsSuccessor() {
		Unit unit = commune("tyt-dong-ky", null);

		assertThat(unit.endBySuccession("tyt-dong-ky-moi", JULY_FIRST, "nvy", NOW)).isTrue();

		assertThat(unit.activeTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(unit.successorId()).isEqualTo("tyt-dong-ky-moi");
		assertThat(unit.pendingEvents()).last()
			.extracting(OutboxEvent::payload)
			.isInstanceOfSatisfying(UnitUpserted.class, (upserted) -> {
				assertThat(upserted.activeTo()).isEqualTo(LocalDate.of(2025, 6, 30));
				assertThat(upserted.successorId()).isEqualTo("tyt-dong-ky-moi");
			});
	}

	@Test
	void endingAUnitTheSameWayAgainChangesAndAnnouncesNothing() {
		Unit unit = commune("tyt-dong-ky", null);
		unit.endBySuccession("tyt-dong-ky-moi", JULY_FIRST, "nvy", NOW);

		assertThat(unit.endBySuccession("tyt-dong-ky-moi", JULY_FIRST, "nvy", NOW)).isFalse();

		assertThat(unit.pendingEvents()).hasSize(2);
	}

	@Test
	void aUnitHandsOverOnceAndNeverBeforeItBegan() {
		Unit merged = commune("tyt-dong-ky", null);
		merged.endBySuccession("tyt-dong-ky-moi", JULY_FIRST, "nvy", NOW);
		Unit young = commune("tyt-tam-tien", JULY_FIRST);

		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> merged.endBySuccession("tyt-khac", JULY_FIRST, "nvy", NOW))
			.withMessageContaining("tyt-dong-ky-moi");
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> merged.endBySuccession("tyt-dong-ky-moi", LocalDate.of(2025, 8, 1), "nvy", NOW));
		assertThatExceptionOfType(ConflictException.class)
			.isThrownBy(() -> young.endBySuccession("tyt-dong-ky-moi", JULY_FIRST, "nvy", NOW));
		assertThat(young.activeTo()).isNull();
	}

	@Test
	void aRecordedMergeIsRequestedAgainWhateverTheOrderOfItsUnits() {
		UnitMerge recorded = new UnitMerge(MERGE.mergedUnitIds(), JULY_FIRST, MERGE.reason(), NOW);

		assertThat(recorded.isRequestedBy(new MergeRequest(List.of("tyt-tam-tien", "tyt-dong-ky"), JULY_FIRST,
				MERGE.reason()))).isTrue();
		assertThat(recorded.isRequestedBy(new MergeRequest(MERGE.mergedUnitIds(), JULY_FIRST.plusDays(1),
				MERGE.reason()))).isFalse();
		assertThat(recorded.isRequestedBy(new MergeRequest(List.of("tyt-dong-ky"), JULY_FIRST, MERGE.reason())))
			.isFalse();
		assertThat(recorded.involvesAnyOf(List.of("tyt-x", "tyt-tam-tien"))).isTrue();
	}

	private static Unit commune(String id, LocalDate activeFrom) {
		return Unit.register(id, new UnitDetails("Trạm Y tế " + id, UnitType.COMMUNE_HEALTH_STATION, "ttyt-yen-the",
				null, null, activeFrom), "nvy", NOW);
	}

}
