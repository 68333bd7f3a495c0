package vn.health.reporting.obligation;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.health.contracts.plan.AlertLadder;

import static org.assertj.core.api.Assertions.assertThat;

/** A plan's alert ladder, or the platform's where the plan says nothing usable. */
class LadderTests {

	@Test
	void aPlanWithoutALadderGetsSevenThreeOneDaysAndThreeWorkingDays() {
		assertThat(Ladder.of(null)).isEqualTo(new Ladder(List.of(7, 3, 1), 3));
	}

	@Test
	void thePlansOffsetsAreKeptDistinctPositiveAndLargestFirst() {
		assertThat(Ladder.of(new AlertLadder(List.of(1, 10, 1, -2, 0), 5))).isEqualTo(new Ladder(List.of(10, 1), 5));
	}

	@Test
	void anEmptyListOrANonPositiveDelayFallsBackToTheDefaultPart() {
		assertThat(Ladder.of(new AlertLadder(List.of(), 0))).isEqualTo(Ladder.DEFAULT);
		assertThat(Ladder.of(new AlertLadder(null, 2))).isEqualTo(new Ladder(List.of(7, 3, 1), 2));
	}

}
