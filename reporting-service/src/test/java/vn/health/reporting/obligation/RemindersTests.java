package vn.health.reporting.obligation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RemindersTests {

	private static final Instant DUE = Instant.parse("2024-06-19T17:00:00Z");

	private final Reminders fresh = Reminders.before(DUE, List.of(7, 3, 1));

	@Test
	void theFirstReminderIsSevenDaysBeforeTheDeadline() {
		assertThat(this.fresh.nextAt()).isEqualTo(DUE.minus(Duration.ofDays(7)));
		assertThat(this.fresh.due(DUE.minus(Duration.ofDays(7)).minusSeconds(1))).isFalse();
		assertThat(this.fresh.due(DUE.minus(Duration.ofDays(7)))).isTrue();
	}

	@Test
	void eachReminderIsSentOnceAndPointsToTheNext() {
		Instant sixDaysBefore = DUE.minus(Duration.ofDays(6));

		assertThat(this.fresh.toSend(DUE, sixDaysBefore)).hasValue(7);
		Reminders after = this.fresh.passed(DUE, sixDaysBefore);

		assertThat(after).isEqualTo(new Reminders(DUE.minus(Duration.ofDays(3)), List.of(7), List.of(7, 3, 1)));
		assertThat(after.toSend(DUE, sixDaysBefore)).isEmpty();
	}

	@Test
	void aCatchUpAfterAnOutageSendsOnlyTheMostUrgentReminderStillMeaningful() {
		Instant twelveHoursBefore = DUE.minus(Duration.ofHours(12));

		assertThat(this.fresh.toSend(DUE, twelveHoursBefore)).hasValue(1);
		assertThat(this.fresh.passed(DUE, twelveHoursBefore)).isEqualTo(new Reminders(null, List.of(1), List.of(7, 3, 1)));
	}

	@Test
	void noReminderGoesOutOnceTheDeadlineHasCome() {
		assertThat(this.fresh.toSend(DUE, DUE)).isEqualTo(OptionalInt.empty());
		assertThat(this.fresh.passed(DUE, DUE).nextAt()).isNull();
	}

}
