package vn.health.notification;

import org.junit.jupiter.api.Test;

import vn.health.testkit.ServiceBoundaries;

class NotificationArchitectureTests {

	@Test
	void usesNoOtherServiceNorTestSupport() {
		ServiceBoundaries.check("notification");
	}

}
