package vn.health.servicekit.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;

import vn.health.contracts.EventType;
import vn.health.servicekit.lock.Leases;
import vn.health.servicekit.metrics.PlatformMetrics;

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

	/** How long a pass waits for the broker to acknowledge what it sent. */
	private static final Duration ACK_TIMEOUT = Duration.ofSeconds(10);

	/** Longer than a relay pass takes; an instance that dies holding it delays the others this long at most. */
	private static final Duration LEASE = Duration.ofSeconds(30);

	private final MongoTemplate mongo;

	private final EventPublisher publisher;

	private final List<String> collections;

	private final Leases leases;

	private final PlatformMetrics metrics;

	public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, Leases leases, PlatformMetrics metrics) {
		this.mongo = mongo;
		this.publisher = publisher;
		this.leases = leases;
		this.metrics = metrics;
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
		// The same sparse index answers the count, so a scrape costs O(pending) too.
		this.collections.forEach((collection) -> metrics.outboxBacklog(collection,
				() -> mongo.count(new Query(where(PENDING_ID).exists(true)), collection)));
	}

	/**
	 * One instance relays a collection at a time (a lease per collection): two relays racing could
	 * publish an older state of an aggregate after a newer one, which last-write-wins replicas can't undo.
	 * While passes find work it runs the next one at once, for at most a third of the lease.
	 */
	@Scheduled(fixedDelayString = "${platform.outbox.poll-interval:250ms}")
	public void relayPending() {
		for (String collection : this.collections) {
			this.leases.run("outbox-" + collection, LEASE, () -> {
				Instant until = Instant.now().plus(LEASE.dividedBy(3));
				while (relay(collection) > 0 && Instant.now().isBefore(until)) {
					log.debug("Outbox of {} has more to relay", collection);
				}
			});
		}
	}

	/**
	 * One pass over a collection: the oldest pending event of up to {@value #BATCH} aggregates is sent at once and
	 * the acknowledgements awaited together, then each acknowledged event is removed from its document. One event in
	 * flight per aggregate keeps each aggregate's events in order; many aggregates in flight keep the broker busy
	 * instead of waiting for one acknowledgement at a time. An aggregate whose event fails waits for a later pass
	 * (its later events must not overtake it); the others go on. Returns how many events it took off their
	 * documents: published now, or found published before (by a pass that stopped before removing them).
	 */
	public int relay(String collection) {
		Query pending = new Query(where(PENDING_ID).exists(true)).limit(BATCH);
		pending.fields().include("pendingEvents");
		List<PendingEvents> documents = this.mongo.find(pending, PendingEvents.class, collection);
		if (documents.isEmpty()) {
			return 0;
		}
		Set<String> publishedBefore = publishedAmong(
				documents.stream().map((document) -> document.pendingEvents().get(0).eventId()).toList());
		List<Sending> sending = new ArrayList<>();
		for (PendingEvents document : documents) {
			OutboxEvent oldest = document.pendingEvents().get(0);
			sending.add(new Sending(document.id(), oldest,
					publishedBefore.contains(oldest.eventId()) ? null : send(oldest)));
		}
		Instant deadline = Instant.now().plus(ACK_TIMEOUT);
		List<Sending> done = new ArrayList<>();
		List<Sending> publishedNow = new ArrayList<>();
		for (Sending each : sending) {
			if (each.acknowledgement() != null) {
				if (!acknowledged(each, collection, deadline)) {
					this.metrics.relayFailed(collection);
					continue;
				}
				publishedNow.add(each);
				EventType type = EventType.of(each.event().payload());
				this.metrics.published(type.typeName(), type.topic());
			}
			done.add(each);
		}
		recordPublished(publishedNow);
		removeFromOutboxes(done, collection);
		return done.size();
	}

	/** Which of these events a pass published before: one lookup by id for the whole pass. */
	private Set<String> publishedAmong(List<String> eventIds) {
		return this.mongo.find(new Query(where("_id").in(eventIds)), PublishedEvent.class)
			.stream()
			.map(PublishedEvent::eventId)
			.collect(Collectors.toSet());
	}

	/** Before the events leave their documents, so a pass that stops in between never publishes them again. */
	private void recordPublished(List<Sending> published) {
		if (published.isEmpty()) {
			return;
		}
		BulkOperations record = this.mongo.bulkOps(BulkMode.UNORDERED, PublishedEvent.class);
		Instant now = Instant.now();
		published.forEach((each) -> record.upsert(new Query(where("_id").is(each.event().eventId())),
				Update.update("publishedAt", now)));
		record.execute();
	}

	private void removeFromOutboxes(List<Sending> done, String collection) {
		if (done.isEmpty()) {
			return;
		}
		BulkOperations remove = this.mongo.bulkOps(BulkMode.UNORDERED, collection);
		done.forEach((each) -> remove.updateOne(new Query(where("_id").is(each.documentId())),
				new Update().pull("pendingEvents", new Document("eventId", each.event().eventId()))));
		remove.execute();
	}

	private CompletableFuture<?> send(OutboxEvent event) {
		try {
			return this.publisher.send(event);
		}
		catch (RuntimeException ex) {
			return CompletableFuture.failedFuture(ex);
		}
	}

	private static boolean acknowledged(Sending sending, String collection, Instant deadline) {
		try {
			long wait = Math.max(0, Duration.between(Instant.now(), deadline).toMillis());
			sending.acknowledgement().get(wait, TimeUnit.MILLISECONDS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (ExecutionException | TimeoutException ex) {
			Throwable cause = (ex instanceof ExecutionException) ? ex.getCause() : ex;
			log.warn("Outbox relay of event {} from {} failed, will retry: {}", sending.event().eventId(), collection,
					cause.toString());
			return false;
		}
	}

	/** An event sent and the broker's answer to come; none when it was published before and is only removed. */
	private record Sending(String documentId, OutboxEvent event, CompletableFuture<?> acknowledgement) {

	}

	/** An event the relay has published; kept far longer than an aggregate stays loaded in a request. */
	@org.springframework.data.mongodb.core.mapping.Document("outbox_published")
	record PublishedEvent(@Id String eventId, @Indexed(expireAfter = "7d") Instant publishedAt) {

	}

	/** Projection of an aggregate document onto its outbox. */
	record PendingEvents(String id, List<OutboxEvent> pendingEvents) {

	}

}
