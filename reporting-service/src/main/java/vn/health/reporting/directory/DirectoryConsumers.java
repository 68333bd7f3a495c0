package vn.health.reporting.directory;

import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.health.contracts.directory.UnitUpserted;
import vn.health.contracts.directory.UnitsMerged;
import vn.health.reporting.obligation.UnitMerges;
import vn.health.servicekit.messaging.InboundEvents;

@Configuration(proxyBeanMethods = false)
class DirectoryConsumers {

	private static final Logger log = LoggerFactory.getLogger(DirectoryConsumers.class);

	/**
	 * {@code directory.units.v1} → the unit replica, and the obligations of merged units to their successor. Both
	 * {@code UnitsMerged} and a merged unit's own {@code UnitUpserted} (with {@code successorId}) move them: the
	 * topic is compacted, so a consumer reading it from the start may only ever see the latter. Moving is
	 * idempotent (what moved is no longer the merged unit's), so seeing both is harmless.
	 */
	@Bean
	Consumer<Message<byte[]>> followDirectory(InboundEvents events, Directory directory, UnitMerges merges) {
		return (message) -> events.handle(message, (event) -> {
			switch (event.payload()) {
				case UnitUpserted upserted -> {
					directory.keep(upserted);
					if (upserted.successorId() != null) {
						report(merges.apply(upserted.successorId(), List.of(upserted.unitId())));
					}
				}
				case UnitsMerged merged -> report(merges.apply(merged.successorUnitId(), merged.mergedUnitIds()));
				default -> {
				}
			}
		});
	}

	private static void report(UnitMerges.Outcome outcome) {
		if (outcome.reassigned() + outcome.cancelled() > 0) {
			log.info("Units merged into {}: {} obligation(s) moved, {} cancelled as duplicates",
					outcome.successorUnitId(), outcome.reassigned(), outcome.cancelled());
		}
	}

}
