package vn.health.servicekit.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import vn.health.contracts.IntegrationEvent;
import vn.health.servicekit.web.Correlation;

/**
 * Base of an aggregate that publishes events: it records them in its own document (DESIGN rule 1,
 * the outbox); {@link OutboxRelay} publishes and removes them.
 */
public abstract class AggregateRoot {

	private List<OutboxEvent> pendingEvents = new ArrayList<>();

	protected void record(IntegrationEvent event, Instant occurredAt) {
		this.pendingEvents.add(new OutboxEvent(UUID.randomUUID().toString(), occurredAt, Correlation.current(), event));
	}

	public List<OutboxEvent> pendingEvents() {
		return Collections.unmodifiableList(this.pendingEvents);
	}

}
