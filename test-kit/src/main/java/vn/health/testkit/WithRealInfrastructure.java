package vn.health.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a real Kafka broker and a real Mongo-wire server, shared by every test in
 * the JVM. Put it before {@code @SpringBootTest} so the properties are set before the context starts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(RealInfrastructureExtension.class)
public @interface WithRealInfrastructure {

}
