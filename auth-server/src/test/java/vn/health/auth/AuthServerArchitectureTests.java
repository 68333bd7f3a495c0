package vn.health.auth;

import org.junit.jupiter.api.Test;

import vn.health.testkit.ServiceBoundaries;

class AuthServerArchitectureTests {

	@Test
	void dependsOnNoService() {
		ServiceBoundaries.check("auth");
	}

}
