package vn.health.servicekit.lgsp;

import java.time.Clock;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.client.RestClient;

import vn.health.servicekit.lock.Leases;
import vn.health.servicekit.support.ServiceKitAutoConfiguration;

/** The LGSP adapter, only when {@code platform.lgsp.base-url} is set; otherwise none of its beans exist. */
@AutoConfiguration(after = ServiceKitAutoConfiguration.class)
@ConditionalOnExpression("!'${platform.lgsp.base-url:}'.isBlank()")
@EnableConfigurationProperties(LgspProperties.class)
public class LgspAutoConfiguration {

	@Bean
	LgspSends lgspSends(MongoTemplate mongo, Clock clock) {
		return new LgspSends(mongo, clock);
	}

	@Bean
	LgspClient lgspClient(ObjectProvider<RestClient.Builder> http, LgspProperties settings, Clock clock,
			ObjectProvider<MeterRegistry> meters) {
		settings.check();
		CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
		// resilience4j_circuitbreaker_state{name="lgsp"}: the CircuitBreakerOpen alert covers the LGSP too.
		meters.ifAvailable(TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers)::bindTo);
		return new LgspClient(http.getIfAvailable(RestClient::builder), settings, clock, breakers);
	}

	@Bean
	LgspSweep lgspSweep(LgspSends sends, LgspClient client, Leases leases, LgspProperties settings, Clock clock) {
		return new LgspSweep(sends, client, leases, settings, clock);
	}

}
