package vn.health.calendar.holiday;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LunarCalendarTests {

	private final LunarCalendar lunar = new LunarCalendar();

	/** Vietnamese Tết (mùng 1 tháng Giêng), UTC+7. 2007 and 2030 are a day before the Chinese New Year (UTC+8). */
	@ParameterizedTest(name = "Tết {0}")
	@CsvSource(textBlock = """
			2000, 2000-02-05
			2001, 2001-01-24
			2002, 2002-02-12
			2003, 2003-02-01
			2004, 2004-01-22
			2005, 2005-02-09
			2006, 2006-01-29
			2007, 2007-02-17
			2008, 2008-02-07
			2009, 2009-01-26
			2010, 2010-02-14
			2011, 2011-02-03
			2012, 2012-01-23
			2013, 2013-02-10
			2014, 2014-01-31
			2015, 2015-02-19
			2016, 2016-02-08
			2017, 2017-01-28
			2018, 2018-02-16
			2019, 2019-02-05
			2020, 2020-01-25
			2021, 2021-02-12
			2022, 2022-02-01
			2023, 2023-01-22
			2024, 2024-02-10
			2025, 2025-01-29
			2026, 2026-02-17
			2027, 2027-02-06
			2028, 2028-01-26
			2029, 2029-02-13
			2030, 2030-02-02
			2031, 2031-01-23
			2032, 2032-02-11
			2033, 2033-01-31
			2034, 2034-02-19
			2035, 2035-02-08
			2036, 2036-01-28
			2037, 2037-02-15
			2038, 2038-02-04
			2039, 2039-01-24
			2040, 2040-02-12
			2041, 2041-02-01
			2042, 2042-01-22
			2043, 2043-02-10
			2044, 2044-01-30
			2045, 2045-02-17
			2046, 2046-02-06
			2047, 2047-01-26
			2048, 2048-02-14
			2049, 2049-02-02
			2050, 2050-01-23
			""")
	void findsTetOfEveryYearFrom2000To2050(int year, LocalDate tet) {
		assertThat(this.lunar.newYear(year)).isEqualTo(tet);
	}

	@ParameterizedTest(name = "Giỗ Tổ {0}")
	@CsvSource(textBlock = """
			2019, 2019-04-14
			2023, 2023-04-29
			2024, 2024-04-18
			2025, 2025-04-07
			2026, 2026-04-26
			""")
	void findsTheTenthDayOfTheThirdLunarMonth(int year, LocalDate gioTo) {
		assertThat(this.lunar.toSolar(year, 3, 10)).isEqualTo(gioTo);
	}

	@Test
	void skipsTheLeapMonthWhenCountingRegularMonths() {
		// 2023 has a leap second month (22/3–19/4/2023) and 2025 a leap sixth month (25/7–22/8/2025).
		assertThat(this.lunar.toSolar(2023, 2, 1)).isEqualTo(LocalDate.of(2023, 2, 20));
		assertThat(this.lunar.toSolar(2023, 3, 1)).isEqualTo(LocalDate.of(2023, 4, 20));
		assertThat(this.lunar.toSolar(2025, 6, 1)).isEqualTo(LocalDate.of(2025, 6, 25));
		assertThat(this.lunar.toSolar(2025, 7, 15)).isEqualTo(LocalDate.of(2025, 9, 6));
	}

}
