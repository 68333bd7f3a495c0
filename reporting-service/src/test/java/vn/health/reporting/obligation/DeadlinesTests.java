package vn.health.reporting.obligation;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.health.contracts.plan.DueRule;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlinesTests {

	@Test
	void sentBeforeTheDayIsDueWhenTheDayStartsInVietnam() {
		// "Báo cáo 6 tháng đầu năm gửi trước ngày 20/6/2024"
		assertThat(Deadlines.dueAt(LocalDate.of(2024, 6, 20), DueRule.BEFORE_DAY))
			.isEqualTo(Instant.parse("2024-06-19T17:00:00Z"));
	}

	@Test
	void byTheEndOfTheDayIsDueWhenTheDayEndsInVietnam() {
		// "chậm nhất ngày 20/6/2024"
		assertThat(Deadlines.dueAt(LocalDate.of(2024, 6, 20), DueRule.END_OF_DAY))
			.isEqualTo(Instant.parse("2024-06-20T17:00:00Z"));
	}

	@Test
	void theLastDayOfTheYearEndsAtTheNewYear() {
		assertThat(Deadlines.dueAt(LocalDate.of(2024, 12, 31), DueRule.END_OF_DAY))
			.isEqualTo(Instant.parse("2024-12-31T17:00:00Z"));
	}

}
