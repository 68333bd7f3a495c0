package vn.health.gateway;

import org.junit.jupiter.api.Test;

import vn.health.testkit.ServiceBoundaries;

class GatewayArchitectureTests {

	@Test
	void dependsOnNoService() {
		ServiceBoundaries.check("gateway");
	}

}
