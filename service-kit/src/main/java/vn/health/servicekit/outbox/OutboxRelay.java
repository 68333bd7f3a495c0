package vn.health.servicekit.outbox;

import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Publishes the pending events of every {@link AggregateRoot} collection, then removes each from its
 * document. A crash between the two publishes the event again: delivery is at least once and
 * consumers deduplicate by event id.
 */
public class OutboxRelay {

	static final String PENDING_ID = "pendingEvents.eventId";

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int BATCH = 200;

	private final MongoTemplate mongo;

	private final EventPublisher publisher;

	private final List<String> collections;

	public OutboxRelay(MongoTemplate mongo, EventPublisher publisher) {
		this.mongo = mongo;
		this.publisher = publisher;
		this.collections = mongo.getConverter()
			.getMappingContext()
			.getPersistentEntities()
			.stream()
			.filter((entity) -> AggregateRoot.class.isAssignableFrom(entity.getType()))
			.map(MongoPersistentEntity::getCollection)
			.distinct()
			.toList();
		// Sparse: only documents with something to relay are in the index, so a poll costs O(pending).
		this.collections.forEach((collection) -> mongo.indexOps(collection)
			.createIndex(new Index(PENDING_ID, Sort.Direction.ASC).sparse()));
	}

	@Scheduled(fixedDelayString = "${platform.outbox.poll-interval:250ms}")
	public void relayPending() {
		for (String collection : this.collections) {
			relay(collection);
		}
	}

	/** Publishes what is pending in one collection; returns how many events went out. */
	public int relay(String collection) {
		Query pending = new Query(where(PENDING_ID).exists(true)).limit(BATCH);
		pending.fields().include("pendingEvents");
		int published = 0;
		for (PendingEvents document : this.mongo.find(pending, PendingEvents.class, collection)) {
			for (OutboxEvent event : document.pendingEvents()) {
				try {
					this.publisher.publish(event);
				}
				catch (Exception ex) {
					if (ex instanceof InterruptedException) {
						Thread.currentThread().interrupt();
					}
					log.warn("Outbox relay of event {} from {} failed, will retry: {}", event.eventId(), collection,
							ex.toString());
					return published;
				}
				this.mongo.updateFirst(new Query(where("_id").is(document.id())),
						new Update().pull("pendingEvents", new Document("eventId", event.eventId())), collection);
				published++;
			}
		}
		return published;
	}

	/** Projection of an aggregate document onto its outbox. */
	record PendingEvents(String id, List<OutboxEvent> pendingEvents) {

	}

}
