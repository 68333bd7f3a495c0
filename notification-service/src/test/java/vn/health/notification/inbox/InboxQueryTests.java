package vn.health.notification.inbox;

import org.junit.jupiter.api.Test;

import vn.health.servicekit.web.FieldProblem;
import vn.health.servicekit.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class InboxQueryTests {

	@Test
	void requiresAUnit() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> InboxQuery.of("  ", 0, 20))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::field).containsExactly("unit"))
			.satisfies((ex) -> assertThat(ex.problems().get(0).message()).isEqualTo("Cần chọn đơn vị (tham số unit)"));
	}

	@Test
	void reportsEveryBadParameterAtOnce() {
		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> InboxQuery.of(null, -1, 101))
			.satisfies((ex) -> assertThat(ex.problems()).extracting(FieldProblem::field)
				.containsExactly("unit", "page", "size"));
	}

	@Test
	void acceptsPageSizesFromOneToAHundred() {
		assertThat(InboxQuery.of("ttyt-yen-the", 0, 1).size()).isEqualTo(1);
		assertThat(InboxQuery.of(" ttyt-yen-the ", 3, 100)).isEqualTo(new InboxQuery("ttyt-yen-the", 3, 100));
	}

}
