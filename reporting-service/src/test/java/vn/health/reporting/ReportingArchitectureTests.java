package vn.health.reporting;

import org.junit.jupiter.api.Test;

import vn.health.testkit.ServiceBoundaries;

class ReportingArchitectureTests {

	@Test
	void dependsOnNoOtherService() {
		ServiceBoundaries.check("reporting");
	}

}
