package vn.health.calendar;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

import vn.health.testkit.WithRealInfrastructure;
import vn.health.testkit.security.WithTestIssuer;

/**
 * The service on the real broker and store, one Spring context for every integration test class. Tokens are checked
 * against test-kit's issuer, as in production ({@link CalendarApi} sends them).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WithRealInfrastructure
@WithTestIssuer
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "platform.security.enabled=true")
public @interface CalendarServiceTest {

}
