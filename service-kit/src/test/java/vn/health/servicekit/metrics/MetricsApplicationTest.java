package vn.health.servicekit.metrics;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

import vn.health.testkit.WithRealInfrastructure;

/**
 * Runs a test class against {@link MetricsApplication} on the real broker and store; every class so annotated shares
 * one Spring context. The tests run the outbox relay themselves, so a backlog is seen before it is relayed.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WithRealInfrastructure
@SpringBootTest(classes = MetricsApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.application.name=" + MetricsApplication.GROUP,
				"spring.cloud.function.definition=keepUnits",
				"spring.cloud.stream.bindings.keepUnits-in-0.destination=directory.units.v1",
				"platform.outbox.poll-interval=1h" })
@interface MetricsApplicationTest {

}
