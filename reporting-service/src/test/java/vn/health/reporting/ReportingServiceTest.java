package vn.health.reporting;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import vn.health.testkit.WithRealInfrastructure;
import vn.health.testkit.security.WithTestIssuer;

/**
 * The service on the real broker and store, one Spring context for every integration test class (they extend
 * {@link IntegrationTestSupport}, which carries this annotation). The
 * clock ({@link TestClock}) stands at {@link #NOW} (17/6/2024, 10:00 in Vietnam) and the scheduled sweeps stay out of the
 * way, so each test decides what is overdue or reminded through the operator endpoints. Tokens are checked
 * against test-kit's issuer, as in production ({@link ReportingApi} sends them).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WithRealInfrastructure
@WithTestIssuer
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "platform.security.enabled=true", "reporting.overdue-sweep.interval=PT6H", "reporting.reminder-sweep.interval=PT6H",
				"reporting.escalation-sweep.interval=PT6H" })
@Import(ReportingServiceTest.FixedClock.class)
public @interface ReportingServiceTest {

	Instant NOW = Instant.parse("2024-06-17T03:00:00Z");

	@TestConfiguration(proxyBeanMethods = false)
	class FixedClock {

		@Bean
		TestClock clock() {
			return new TestClock();
		}

	}

}
