package vn.health.servicekit.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import org.junit.jupiter.api.Test;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.contracts.directory.UnitType;
import vn.health.contracts.directory.UnitUpserted;
import vn.health.servicekit.StoreForTests;
import vn.health.servicekit.lock.Leases;
import vn.health.servicekit.lock.MongoLeaseLockProvider;
import vn.health.servicekit.metrics.PlatformMetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class OutboxRelayTests {

	private final MongoTemplate mongo = StoreForTests.freshDatabase();

	private final RecordingPublisher publisher = new RecordingPublisher();

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	@Test
	void publishesEachPendingEventOnceInOrderAndRemovesIt() {
		this.mongo.save(Sample.with("a", "a-1", "a-2"));
		OutboxRelay relay = relay();

		relay.relayPending();
		relay.relayPending();

		assertThat(this.publisher.published).containsExactly("a-1", "a-2");
		assertThat(this.mongo.findById("a", Sample.class).pendingEvents()).isEmpty();
	}

	@Test
	void aPassSendsTheOldestEventOfEveryAggregateAndThePollGoesOnWhileThereIsMore() {
		this.mongo.save(Sample.with("a", "a-1", "a-2", "a-3"));
		this.mongo.save(Sample.with("b", "b-1"));
		OutboxRelay relay = relay();

		assertThat(relay.relay("samples")).isEqualTo(2);
		assertThat(this.publisher.published).containsExactlyInAnyOrder("a-1", "b-1");

		relay.relayPending();

		assertThat(this.publisher.published).containsSubsequence("a-1", "a-2", "a-3").contains("b-1").hasSize(4);
		assertThat(this.mongo.findById("a", Sample.class).pendingEvents()).isEmpty();
	}

	@Test
	void anAggregateWhoseEventCannotBePublishedHoldsBackOnlyItself() {
		this.mongo.save(Sample.with("broken", "broken-1", "broken-2"));
		this.mongo.save(Sample.with("healthy", "healthy-1"));
		OutboxRelay relay = relay();
		this.publisher.failing.add("broken-1");

		relay.relayPending();

		assertThat(this.publisher.published).containsExactly("healthy-1");
		assertThat(this.mongo.findById("broken", Sample.class).pendingEvents()).hasSize(2);
		assertThat(this.meters.get(PlatformMetrics.RELAY_FAILURES).tag("collection", "samples").counter().count())
			.isGreaterThanOrEqualTo(1);
		assertThat(this.meters.get(PlatformMetrics.OUTBOX_BACKLOG).tag("collection", "samples").gauge().value())
			.isEqualTo(1);

		this.publisher.failing.clear();
		relay.relayPending();

		assertThat(this.publisher.published).containsExactly("healthy-1", "broken-1", "broken-2");
	}

	@Test
	void anEventWrittenBackByAStaleCopyOfTheAggregateIsNotPublishedAgain() {
		this.mongo.save(Sample.with("plan", "issued"));
		Sample loadedBeforeTheRelayRan = this.mongo.findById("plan", Sample.class);
		OutboxRelay relay = relay();
		relay.relayPending();

		loadedBeforeTheRelayRan.change("amended");
		this.mongo.save(loadedBeforeTheRelayRan);
		relay.relayPending();

		assertThat(this.publisher.published).containsExactly("issued", "amended");
		assertThat(this.mongo.findById("plan", Sample.class).pendingEvents()).isEmpty();
	}

	@Test
	void aRelayKilledAfterPublishingButBeforeRememberingPublishesTheSameEventAgainNeverAnother() {
		this.mongo.save(Sample.with("plan", "issued"));
		OutboxRelay killed = relay(new StoreThatFails(this.mongo, "remember"));

		assertThatIllegalStateException().isThrownBy(() -> killed.relay("samples")).withMessage("relay killed");
		relay().relayPending();

		// At least once, with one event id: consumers apply it once (inserts keyed by ce_id).
		assertThat(this.publisher.published).containsExactly("issued", "issued");
		assertThat(this.publisher.eventIds).hasSize(2).containsOnly(this.publisher.eventIds.get(0));
		assertThat(this.mongo.findById("plan", Sample.class).pendingEvents()).isEmpty();
	}

	@Test
	void aRelayKilledAfterRememberingButBeforeMarkingDoesNotPublishAgain() {
		this.mongo.save(Sample.with("plan", "issued"));
		OutboxRelay killed = relay(new StoreThatFails(this.mongo, "mark"));

		assertThatIllegalStateException().isThrownBy(() -> killed.relay("samples")).withMessage("relay killed");
		relay().relayPending();

		assertThat(this.publisher.published).containsExactly("issued");
		assertThat(this.mongo.findById("plan", Sample.class).pendingEvents()).isEmpty();
	}

	private OutboxRelay relay() {
		return relay(this.mongo);
	}

	private OutboxRelay relay(MongoTemplate store) {
		return new OutboxRelay(store, this.publisher,
				new Leases(new DefaultLockingTaskExecutor(new MongoLeaseLockProvider(this.mongo, "test"))),
				new PlatformMetrics(this.meters));
	}

	/** Records the unit name of each event it publishes; fails for names it is told to. */
	static class RecordingPublisher extends EventPublisher {

		final List<String> published = new ArrayList<>();

		final List<String> eventIds = new ArrayList<>();

		final Set<String> failing = new HashSet<>();

		RecordingPublisher() {
			super(null, null, "/test");
		}

		@Override
		public CompletableFuture<?> send(OutboxEvent event) {
			String name = ((UnitUpserted) event.payload()).name();
			if (this.failing.contains(name)) {
				return CompletableFuture.failedFuture(new IllegalStateException("broker refused " + name));
			}
			this.published.add(name);
			this.eventIds.add(event.eventId());
			return CompletableFuture.completedFuture(name);
		}

	}

	/** The store as a relay sees it when its process dies at one step: that step fails, the ones before worked. */
	static class StoreThatFails extends MongoTemplate {

		private final String step;

		StoreThatFails(MongoTemplate store, String step) {
			super(store.getMongoDatabaseFactory(), store.getConverter());
			this.step = step;
		}

		/** Remembering what was published: the pass's one bulk write on {@code outbox_published}. */
		@Override
		public BulkOperations bulkOps(BulkMode mode, Class<?> entityClass) {
			failAt("remember");
			return super.bulkOps(mode, entityClass);
		}

		/** Taking the events off their documents: the pass's one bulk write on the aggregates' collection. */
		@Override
		public BulkOperations bulkOps(BulkMode mode, String collectionName) {
			failAt("mark");
			return super.bulkOps(mode, collectionName);
		}

		private void failAt(String here) {
			if (this.step.equals(here)) {
				throw new IllegalStateException("relay killed");
			}
		}

	}

	@Document("samples")
	static class Sample extends AggregateRoot {

		@Id
		String id;

		static Sample with(String id, String... eventNames) {
			Sample sample = new Sample();
			sample.id = id;
			for (String name : eventNames) {
				sample.change(name);
			}
			return sample;
		}

		void change(String eventName) {
			record(new UnitUpserted(this.id, eventName, UnitType.HOSPITAL, null, null, null, null, null, null, null, null,
					null), Instant.now());
		}

	}

}
