package vn.health.calendar.upcoming;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class UpcomingPropertiesTests {

	private final UpcomingProperties defaults = new UpcomingProperties(List.of(14, 3), Duration.ofHours(1));

	@Test
	void announcesTheNearestOffsetAlreadyReached() {
		assertThat(this.defaults.nearestDue(15)).isEmpty();
		assertThat(this.defaults.nearestDue(14)).hasValue(14);
		assertThat(this.defaults.nearestDue(10)).hasValue(14);
		assertThat(this.defaults.nearestDue(3)).hasValue(3);
		assertThat(this.defaults.nearestDue(1)).hasValue(3);
	}

	@Test
	void looksAheadAsFarAsTheLargestOffsetInWhateverOrderTheyAreGiven() {
		assertThat(new UpcomingProperties(List.of(3, 30, 7, 3), Duration.ofHours(1)).furthest()).isEqualTo(30);
	}

	@Test
	void refusesOffsetsOutsideOneToThreeHundredSixtyFiveDays() {
		assertThatIllegalArgumentException().isThrownBy(() -> new UpcomingProperties(List.of(14, 0), Duration.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> new UpcomingProperties(List.of(400), Duration.ZERO));
		assertThatIllegalArgumentException().isThrownBy(() -> new UpcomingProperties(List.of(), Duration.ZERO));
	}

}
