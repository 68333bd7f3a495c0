package vn.health.notification.directory;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.health.contracts.directory.UnitUpserted;
import vn.health.servicekit.messaging.InboundEvents;

/**
 * Keeps {@link UnitReplica} up to date from {@code directory.units.v1}. Last write wins: the topic is
 * keyed by unit id, so redeliveries come in order and end on the latest state; only an operator
 * replaying an old dead letter could briefly bring back an older state, until the unit's next event.
 */
@Configuration(proxyBeanMethods = false)
class DirectoryReplication {

	@Bean
	Consumer<Message<byte[]>> replicateUnits(InboundEvents events, UnitReplica units) {
		return (message) -> events.handle(message, (event) -> {
			if (event.payload() instanceof UnitUpserted upserted) {
				units.save(Unit.from(upserted));
			}
		});
	}

}
