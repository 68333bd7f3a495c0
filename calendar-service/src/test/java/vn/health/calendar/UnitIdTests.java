package vn.health.calendar;

import org.junit.jupiter.api.Test;

import vn.health.servicekit.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UnitIdTests {

	@Test
	void acceptsDirectoryStyleIds() {
		assertThat(UnitId.of("ttyt-yen-dung", "unit").value()).isEqualTo("ttyt-yen-dung");
		assertThat(UnitId.of("CDC_BG.01", "unit").value()).isEqualTo("CDC_BG.01");
	}

	@Test
	void refusesBlankIdsNamingTheField() {
		for (String blank : new String[] { null, "", "  " }) {
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> UnitId.of(blank, "unitId"))
				.satisfies((ex) -> assertThat(ex.problems()).singleElement()
					.satisfies((problem) -> assertThat(problem.field()).isEqualTo("unitId"))
					.satisfies((problem) -> assertThat(problem.message()).isEqualTo("Thiếu mã đơn vị")));
		}
	}

	@Test
	void refusesIdsWithSlashesDiacriticsOrOverSixtyFourCharacters() {
		for (String id : new String[] { "a/b", "trạm-y-tế", "x".repeat(65), "a b" }) {
			assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> UnitId.of(id, "unit"))
				.satisfies((ex) -> assertThat(ex.problems()).singleElement()
					.satisfies((problem) -> assertThat(problem.messageEn())
						.isEqualTo("unit may hold only letters, digits, '.', '-' and '_' (at most 64)")));
		}
	}

}
