package vn.health.console;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The console's clock in the tests: {@link ConsoleTestSupport#NOW}, so "days overdue" is a known number. */
@TestConfiguration(proxyBeanMethods = false)
class FixedClockConfiguration {

	@Bean
	@Primary
	Clock fixedClock() {
		return Clock.fixed(ConsoleTestSupport.NOW, ConsoleConfiguration.VIETNAM);
	}

}
