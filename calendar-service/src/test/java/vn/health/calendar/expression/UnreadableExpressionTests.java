package vn.health.calendar.expression;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UnreadableExpressionTests {

	@ParameterizedTest(name = "\"{0}\"")
	@CsvSource(delimiter = '|', textBlock = """
			32/01             | 32/01          | không có ngày 32 trong tháng 1             | day 32 does not exist in month 1
			30/02             | 30/02          | không có ngày 30 trong tháng 2             | day 30 does not exist in month 2
			29/02/2023        | 29/02/2023     | không có ngày 29 trong tháng 2 năm 2023    | day 29 does not exist in month 2 of 2023
			15/13             | 15/13          | không có tháng 13                          | month 13 does not exist
			00/5              | 00/5           | không có ngày 0 trong tháng 5              | day 0 does not exist in month 5
			15 - 10/3         | 15 - 10/3      | ngày bắt đầu đứng sau ngày kết thúc        | the start is after the end
			31/01/2025 - 15/8/2024 | 31/01/2025 - 15/8/2024 | ngày bắt đầu đứng sau ngày kết thúc | the start is after the end
			15/8/2024 - 31/01 | 15/8/2024 - 31/01 | năm chỉ ghi ở ngày bắt đầu              | the year is written on the start only
			tuần 6 tháng 5    | tuần 6 tháng 5 | không có tuần 6                            | not week 6
			tuần 0 tháng 5    | tuần 0 tháng 5 | không có tuần 0                            | not week 0
			tuần 1 tháng 13   | tuần 1 tháng 13 | không có tháng 13                         | month 13 does not exist
			abc               | abc            | không hiểu "abc"                           | "abc" is not a known form
			24/3 và abc       | abc            | không hiểu "abc"                           | "abc" is not a known form
			Tháng 12 và       | ''             | không hiểu ""                              | "" is not a known form
			24.3              | 24.3           | không hiểu "24.3"                          | "24.3" is not a known form
			""")
	void refusesMalformedTextNamingThePartItCannotRead(String text, String fragment, String vietnamese, String english) {
		assertThatExceptionOfType(UnreadableExpressionException.class).isThrownBy(() -> DateExpression.parse(text))
			.satisfies((ex) -> {
				assertThat(ex.expression()).isEqualTo(text);
				assertThat(ex.fragment()).isEqualTo(fragment);
				assertThat(ex.messageVi()).startsWith("Không đọc được thời điểm \"" + text + "\": ")
					.contains(vietnamese);
				assertThat(ex.getMessage()).startsWith("Cannot read date expression \"" + text + "\": ")
					.contains(english);
			});
	}

	@Test
	void refusesAnEmptyOrBlankExpression() {
		for (String text : new String[] { "", "   ", "\t", null }) {
			assertThatExceptionOfType(UnreadableExpressionException.class)
				.isThrownBy(() -> DateExpression.parse(text))
				.withMessageContaining("the expression is empty")
				.satisfies((ex) -> assertThat(ex.messageVi()).contains("thời điểm để trống"));
		}
	}

}
