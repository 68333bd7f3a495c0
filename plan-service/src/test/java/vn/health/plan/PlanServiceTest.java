package vn.health.plan;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import vn.health.testkit.WithRealInfrastructure;
import vn.health.testkit.security.WithTestIssuer;

/**
 * plan-service as it runs: real broker and database, tokens checked against test-kit's issuer
 * ({@link PlanServiceApi} sends them). Every integration test class uses exactly this, so they all
 * share one cached Spring context. The LGSP is {@link LgspStub}, a WireMock server started with the context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WithRealInfrastructure
@WithTestIssuer
@ContextConfiguration(initializers = LgspStub.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "platform.security.enabled=true")
public @interface PlanServiceTest {

}
