package vn.health.plan;

import org.junit.jupiter.api.Test;

import vn.health.testkit.ServiceBoundaries;

class PlanArchitectureTests {

	@Test
	void dependsOnNoOtherService() {
		ServiceBoundaries.check("plan");
	}

}
