package vn.health.plan.plan;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlanContentTests {

	@Test
	void rowsWithoutAnIdAreNumberedByPosition() {
		assertThat(PlanContent.rowIds(Arrays.asList(null, " ", null), "r")).containsExactly("r1", "r2", "r3");
	}

	@Test
	void aRowKeepsItsOwnIdAndANewRowNeverTakesAnotherRowsId() {
		// The console's edit form: r1 removed, r2 kept (now first), a row added after it
		assertThat(PlanContent.rowIds(Arrays.asList("r2", null), "r")).containsExactly("r2", "r3");
		assertThat(PlanContent.rowIds(Arrays.asList(null, "r1", " bao-cao-quy "), "r"))
			.containsExactly("r2", "r1", "bao-cao-quy");
	}

}
