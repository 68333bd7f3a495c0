package vn.health.servicekit.messaging;

import java.time.Clock;
import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import vn.health.servicekit.metrics.EventOutcome;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Runs a side effect once per key although messages arrive at least once: the key (e.g. event id +
 * recipient + channel) is claimed before the action and marked done after it. A crash in between
 * leaves the claim open, so the redelivered message runs the action again rather than losing it.
 */
public class Idempotency {

	private final MongoTemplate mongo;

	private final Clock clock;

	public Idempotency(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Runs {@code action} unless {@code key} was done before; returns whether it ran. Inside
	 * {@code InboundEvents.handle}, a key done before counts the event as a duplicate.
	 */
	public boolean runOnce(String key, Runnable action) {
		try {
			this.mongo.insert(new ProcessedKey(key, false, this.clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			ProcessedKey existing = this.mongo.findById(key, ProcessedKey.class);
			if (existing != null && existing.done()) {
				EventOutcome.duplicate();
				return false;
			}
		}
		action.run();
		this.mongo.updateFirst(new Query(where("_id").is(key)), new Update().set("done", true), ProcessedKey.class);
		return true;
	}

	/** Kept well beyond any topic's retention, after which no redelivery can arrive. */
	@Document("processed_keys")
	record ProcessedKey(@Id String key, boolean done, @Indexed(expireAfter = "400d") Instant claimedAt) {

	}

}
