package vn.health.reporting.obligation;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.health.contracts.plan.PlanIssued;
import vn.health.servicekit.messaging.InboundEvents;

@Configuration(proxyBeanMethods = false)
class ObligationConsumers {

	private static final Logger log = LoggerFactory.getLogger(ObligationConsumers.class);

	/** {@code plans.v1} → obligations; idempotent because obligation ids are deterministic. */
	@Bean
	Consumer<Message<byte[]>> createObligations(InboundEvents events, Obligations obligations) {
		return (message) -> events.handle(message, (event) -> {
			if (event.payload() instanceof PlanIssued plan) {
				int created = obligations.createFor(plan);
				log.info("Plan {} ({}) issued: {} new obligation(s)", plan.planId(), plan.number(), created);
			}
		});
	}

}
