package vn.health.calendar;

import org.junit.jupiter.api.Test;

import vn.health.testkit.ServiceBoundaries;

class CalendarArchitectureTests {

	@Test
	void dependsOnNoOtherService() {
		ServiceBoundaries.check("calendar");
	}

}
