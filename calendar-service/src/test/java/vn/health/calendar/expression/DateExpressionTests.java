package vn.health.calendar.expression;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DateExpressionTests {

	/** Every row of the Bắc Giang 2024 appendix: order, timing as printed, its dates in 2024 and in 2025. */
	@ParameterizedTest(name = "row {0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			 1 | 15/01 - 15/02     | 2024-01-15/2024-02-15 PERIOD | 2025-01-15/2025-02-15 PERIOD
			 2 | 4/02              | 2024-02-04 DAY               | 2025-02-04 DAY
			 3 | 27/02             | 2024-02-27 DAY               | 2025-02-27 DAY
			 4 | 15 - 21/3         | 2024-03-15/2024-03-21 PERIOD | 2025-03-15/2025-03-21 PERIOD
			 5 | 20/3              | 2024-03-20 DAY               | 2025-03-20 DAY
			 6 | 22/3              | 2024-03-22 DAY               | 2025-03-22 DAY
			 7 | 24/3              | 2024-03-24 DAY               | 2025-03-24 DAY
			 8 | 07/4              | 2024-04-07 DAY               | 2025-04-07 DAY
			 9 | 07/4              | 2024-04-07 DAY               | 2025-04-07 DAY
			10 | tuần 1 tháng 5    | 2024-04-29/2024-05-05 PERIOD | 2025-04-28/2025-05-04 PERIOD
			11 | 25/4              | 2024-04-25 DAY               | 2025-04-25 DAY
			12 | 12 - 17/5         | 2024-05-12/2024-05-17 PERIOD | 2025-05-12/2025-05-17 PERIOD
			13 | 31/5              | 2024-05-31 DAY               | 2025-05-31 DAY
			14 | 01 - 02/6         | 2024-06-01/2024-06-02 PERIOD | 2025-06-01/2025-06-02 PERIOD
			15 | 05/6              | 2024-06-05 DAY               | 2025-06-05 DAY
			16 | 14/6              | 2024-06-14 DAY               | 2025-06-14 DAY
			17 | 15/6              | 2024-06-15 DAY               | 2025-06-15 DAY
			18 | 26/6              | 2024-06-26 DAY               | 2025-06-26 DAY
			19 | 28/6              | 2024-06-28 DAY               | 2025-06-28 DAY
			20 | 01/7              | 2024-07-01 DAY               | 2025-07-01 DAY
			21 | 02/7              | 2024-07-02 DAY               | 2025-07-02 DAY
			22 | 11/7              | 2024-07-11 DAY               | 2025-07-11 DAY
			23 | 28/7              | 2024-07-28 DAY               | 2025-07-28 DAY
			24 | 01 - 07/8         | 2024-08-01/2024-08-07 PERIOD | 2025-08-01/2025-08-07 PERIOD
			25 | 10/8              | 2024-08-10 DAY               | 2025-08-10 DAY
			26 | 10/9              | 2024-09-10 DAY               | 2025-09-10 DAY
			27 | 27/9              | 2024-09-27 DAY               | 2025-09-27 DAY
			28 | 28/9              | 2024-09-28 DAY               | 2025-09-28 DAY
			29 | 01/10             | 2024-10-01 DAY               | 2025-10-01 DAY
			30 | 10/10             | 2024-10-10 DAY               | 2025-10-10 DAY
			31 | 10/10             | 2024-10-10 DAY               | 2025-10-10 DAY
			32 | 16 - 23/10        | 2024-10-16/2024-10-23 PERIOD | 2025-10-16/2025-10-23 PERIOD
			33 | 16/10             | 2024-10-16 DAY               | 2025-10-16 DAY
			34 | 14/11             | 2024-11-14 DAY               | 2025-11-14 DAY
			35 | 01/12 và Tháng 12 | 2024-12-01 DAY; 2024-12-01/2024-12-31 MONTH | 2025-12-01 DAY; 2025-12-01/2025-12-31 MONTH
			36 | 12/12             | 2024-12-12 DAY               | 2025-12-12 DAY
			37 | 26/12 và Tháng 12 | 2024-12-26 DAY; 2024-12-01/2024-12-31 MONTH | 2025-12-26 DAY; 2025-12-01/2025-12-31 MONTH
			38 | 27/12             | 2024-12-27 DAY               | 2025-12-27 DAY
			""")
	void resolvesEveryAppendixRowIn2024And2025(int order, String timing, String in2024, String in2025) {
		DateExpression expression = DateExpression.parse(timing);

		assertThat(expression.occurrencesIn(2024)).as("row %d in 2024", order).isEqualTo(occurrences(in2024));
		assertThat(expression.occurrencesIn(2025)).as("row %d in 2025", order).isEqualTo(occurrences(in2025));
	}

	@Test
	void readsTheLangSonCampaignPeriodAcrossTwoYearsAsOneOccurrenceIn2024() {
		DateExpression campaign = DateExpression.parse("15/8/2024 – 31/01/2025");

		assertThat(campaign.occurrencesIn(2024)).containsExactly(occurrence("2024-08-15/2025-01-31 PERIOD"));
		assertThat(campaign.occurrencesIn(2025)).isEmpty();
		assertThat(DateExpression.parse("Từ ngày 15/8/2024 đến ngày 31/01/2025").occurrencesIn(2024))
			.isEqualTo(campaign.occurrencesIn(2024));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			15/01-15/02          | 2024-01-15/2024-02-15 PERIOD
			15/01 — 15/02        | 2024-01-15/2024-02-15 PERIOD
			15  -  21/3          | 2024-03-15/2024-03-21 PERIOD
			ngày 24/3            | 2024-03-24 DAY
			24/3/2024            | 2024-03-24 DAY
			15 - 21/3/2024       | 2024-03-15/2024-03-21 PERIOD
			15/12 - 15/01        | 2024-12-15/2025-01-15 PERIOD
			15/12 - 15/01/2025   | 2024-12-15/2025-01-15 PERIOD
			THÁNG 12             | 2024-12-01/2024-12-31 MONTH
			tháng 2 năm 2024     | 2024-02-01/2024-02-29 MONTH
			Tháng 2/2024         | 2024-02-01/2024-02-29 MONTH
			Tuần 2 tháng 5       | 2024-05-06/2024-05-12 PERIOD
			tuần 5 tháng 9       | 2024-09-23/2024-09-29 PERIOD
			29/02                | 2024-02-29 DAY
			""")
	void acceptsVariationsInDashesSpacesCaseAndYears(String text, String in2024) {
		assertThat(DateExpression.parse(text).occurrencesIn(2024)).isEqualTo(occurrences(in2024));
	}

	@Test
	void movesTheTwentyNinthOfFebruaryToTheTwentyEighthInACommonYear() {
		assertThat(DateExpression.parse("29/02").occurrencesIn(2025)).containsExactly(occurrence("2025-02-28 DAY"));
	}

	@Test
	void givesAFifthWeekNoOccurrenceWhenItStartsAfterTheMonth() {
		// February 2027 starts on a Monday and has 28 days: its week 5 would be 1-7 March.
		assertThat(DateExpression.parse("tuần 5 tháng 2").occurrencesIn(2027)).isEmpty();
		assertThat(DateExpression.parse("tuần 5 tháng 2").occurrencesIn(2028)).isNotEmpty();
	}

	@Test
	void occursOnlyInTheWrittenYearWhenAYearIsGiven() {
		assertThat(DateExpression.parse("24/3/2024").occurrencesIn(2025)).isEmpty();
		assertThat(DateExpression.parse("Tháng 12/2024").occurrencesIn(2023)).isEmpty();
		assertThat(DateExpression.parse("tuần 1 tháng 5/2024").occurrencesIn(2025)).isEmpty();
	}

	@Test
	void keepsTheTextAsWritten() {
		assertThat(DateExpression.parse(" 01/12 và Tháng 12 ").text()).isEqualTo(" 01/12 và Tháng 12 ");
	}

	private static List<Occurrence> occurrences(String text) {
		return Arrays.stream(text.split(";")).map(String::strip).map(DateExpressionTests::occurrence).toList();
	}

	/** {@code 2024-03-15/2024-03-21 PERIOD} or {@code 2024-03-24 DAY}. */
	static Occurrence occurrence(String text) {
		String[] datesAndKind = text.split(" ");
		String[] dates = datesAndKind[0].split("/");
		return new Occurrence(LocalDate.parse(dates[0]), LocalDate.parse(dates[dates.length - 1]),
				OccurrenceKind.valueOf(datesAndKind[1]));
	}

}
