package vn.health.servicekit.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Publishes the pending events of every {@link AggregateRoot} collection, then removes each from its
 * document. A crash between the two publishes the event again: delivery is at least once and
 * consumers deduplicate by event id. An aggregate loaded before the relay removed an event and saved
 * after it writes the event back; the relay remembers what it published, so that copy is dropped
 * rather than published again out of order.
 */
public class OutboxRelay {

	static final String PENDING_ID = "pendingEvents.eventId";

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final int BATCH = 200;

	/** Longer than a relay pass takes; an instance that dies holding it delays the others this long at most. */
	private static final Duration LEASE = Duration.ofSeconds(30);

	private final MongoTemplate mongo;

	private final EventPublisher publisher;

	private final List<String> collections;

	private final LockingTaskExecutor lock;

	public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, LockingTaskExecutor lock) {
		this.mongo = mongo;
		this.publisher = publisher;
		this.lock = lock;
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

	/**
	 * One instance relays a collection at a time (a lease per collection): two relays racing could
	 * publish an older state of an aggregate after a newer one, which last-write-wins replicas can't undo.
	 */
	@Scheduled(fixedDelayString = "${platform.outbox.poll-interval:250ms}")
	public void relayPending() {
		for (String collection : this.collections) {
			this.lock.executeWithLock((Runnable) () -> relay(collection),
					new LockConfiguration(Instant.now(), "outbox-" + collection, LEASE, Duration.ZERO));
		}
	}

	/**
	 * Publishes what is pending in one collection; returns how many events went out. A failure stops
	 * only its own aggregate (its later events must not overtake it) until the next poll.
	 */
	public int relay(String collection) {
		Query pending = new Query(where(PENDING_ID).exists(true)).limit(BATCH);
		pending.fields().include("pendingEvents");
		int published = 0;
		for (PendingEvents document : this.mongo.find(pending, PendingEvents.class, collection)) {
			for (OutboxEvent event : document.pendingEvents()) {
				boolean publishedBefore = this.mongo.exists(new Query(where("_id").is(event.eventId())),
						PublishedEvent.class);
				if (!publishedBefore && !publish(event, collection)) {
					break;
				}
				if (!publishedBefore) {
					this.mongo.save(new PublishedEvent(event.eventId(), Instant.now()));
					published++;
				}
				this.mongo.updateFirst(new Query(where("_id").is(document.id())),
						new Update().pull("pendingEvents", new Document("eventId", event.eventId())), collection);
			}
		}
		return published;
	}

	private boolean publish(OutboxEvent event, String collection) {
		try {
			this.publisher.publish(event);
			return true;
		}
		catch (Exception ex) {
			if (ex instanceof InterruptedException) {
				Thread.currentThread().interrupt();
			}
			log.warn("Outbox relay of event {} from {} failed, will retry: {}", event.eventId(), collection,
					ex.toString());
			return false;
		}
	}

	/** An event the relay has published; kept far longer than an aggregate stays loaded in a request. */
	@org.springframework.data.mongodb.core.mapping.Document("outbox_published")
	record PublishedEvent(@Id String eventId, @Indexed(expireAfter = "7d") Instant publishedAt) {

	}

	/** Projection of an aggregate document onto its outbox. */
	record PendingEvents(String id, List<OutboxEvent> pendingEvents) {

	}

}
