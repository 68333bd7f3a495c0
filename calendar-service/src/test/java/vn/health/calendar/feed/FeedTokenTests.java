package vn.health.calendar.feed;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeedTokenTests {

	private static final Instant NOW = Instant.parse("2024-03-01T02:00:00Z");

	@Test
	void acceptsOnlyTheTokenItWasIssuedWith() {
		FeedToken.Issued issued = FeedToken.issue("ttyt-yen-dung", NOW);

		assertThat(issued.stored().accepts(issued.token())).isTrue();
		assertThat(issued.stored().accepts(issued.token() + "x")).isFalse();
		assertThat(issued.stored().accepts("")).isFalse();
		assertThat(issued.stored().accepts(null)).isFalse();
	}

	@Test
	void storesAHashNeverTheTokenItself() {
		FeedToken.Issued issued = FeedToken.issue("ttyt-yen-dung", NOW);

		assertThat(issued.token()).hasSize(43).matches("[A-Za-z0-9_-]+");
		assertThat(issued.stored().hash()).hasSize(64).doesNotContain(issued.token());
		assertThat(issued.stored()).isEqualTo(new FeedToken("ttyt-yen-dung", issued.stored().hash(), NOW));
	}

	@Test
	void theStandInForAUnitWithoutATokenAcceptsNothing() {
		FeedToken none = FeedToken.none("ttyt-yen-dung");

		assertThat(none.accepts(FeedToken.issue("ttyt-yen-dung", NOW).token())).isFalse();
		assertThat(none.accepts("")).isFalse();
		assertThat(none.accepts("-".repeat(64))).isFalse();
	}

	@Test
	void issuesADifferentTokenEveryTime() {
		assertThat(FeedToken.issue("a", NOW).token()).isNotEqualTo(FeedToken.issue("a", NOW).token());
	}

}
