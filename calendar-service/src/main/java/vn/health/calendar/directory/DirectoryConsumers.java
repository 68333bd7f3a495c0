package vn.health.calendar.directory;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.health.contracts.directory.UnitUpserted;
import vn.health.contracts.directory.UnitsMerged;
import vn.health.servicekit.messaging.InboundEvents;

@Configuration(proxyBeanMethods = false)
class DirectoryConsumers {

	/** {@code directory.units.v1} → the unit replica and its merges; upserts by unit id, so replays are harmless. */
	@Bean
	Consumer<Message<byte[]>> keepUnits(InboundEvents events, Directory directory) {
		return (message) -> events.handle(message, (event) -> {
			if (event.payload() instanceof UnitUpserted upserted) {
				directory.keep(upserted);
			}
			else if (event.payload() instanceof UnitsMerged merged) {
				directory.keep(merged);
			}
		});
	}

}
