package vn.health.reporting.obligation;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.health.contracts.plan.PlanAmended;
import vn.health.contracts.plan.PlanIssued;
import vn.health.contracts.plan.PlanRevoked;
import vn.health.servicekit.messaging.InboundEvents;

@Configuration(proxyBeanMethods = false)
class ObligationConsumers {

	private static final Logger log = LoggerFactory.getLogger(ObligationConsumers.class);

	/** {@code plans.v1} → obligations; idempotent because obligation ids are deterministic and versioned. */
	@Bean
	Consumer<Message<byte[]>> createObligations(InboundEvents events, PlanChanges changes) {
		return (message) -> events.handle(message, (event) -> {
			PlanChanges.Outcome outcome = switch (event.payload()) {
				case PlanIssued issued -> changes.apply(PlanSnapshot.of(issued));
				case PlanAmended amended -> changes.apply(PlanSnapshot.of(amended));
				case PlanRevoked revoked -> changes.revoke(revoked);
				default -> null;
			};
			if (outcome != null) {
				log.info("{} of plan {}: {} obligation(s) created, {} changed, {} cancelled", event.type(),
						event.payload().aggregateId(), outcome.created(), outcome.changed(), outcome.cancelled());
			}
		});
	}

}
