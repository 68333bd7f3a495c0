package vn.health.calendar.plan;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.health.contracts.plan.PlanEvent;
import vn.health.servicekit.messaging.InboundEvents;

@Configuration(proxyBeanMethods = false)
class PlanConsumers {

	private static final Logger log = LoggerFactory.getLogger(PlanConsumers.class);

	/** {@code plans.v1} → each plan's themes and campaign for its units; idempotent by plan id and version. */
	@Bean
	Consumer<Message<byte[]>> keepPlanThemes(InboundEvents events, PlanCalendars plans) {
		return (message) -> events.handle(message, (event) -> {
			if (event.payload() instanceof PlanEvent change) {
				boolean applied = plans.apply(change);
				log.info("{} of plan {}: {}", event.type(), change.aggregateId(),
						applied ? "applied" : "ignored (not newer than the stored version)");
			}
		});
	}

}
