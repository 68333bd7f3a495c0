package vn.health.servicekit.lock;

import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * ShedLock leases in MongoDB with one single-document {@code findAndModify}: take the lock document
 * if its lease has run out (or create it); a contender hits the unique {@code _id} and gets nothing.
 * Works the same on MongoDB and on mongo-java-server. (ShedLock's own Mongo provider is not served here.)
 */
public class MongoLeaseLockProvider implements LockProvider {

	static final String COLLECTION = "scheduler_locks";

	private final MongoTemplate mongo;

	private final String owner;

	public MongoLeaseLockProvider(MongoTemplate mongo, String owner) {
		this.mongo = mongo;
		this.owner = owner;
	}

	@Override
	public Optional<SimpleLock> lock(LockConfiguration configuration) {
		Instant now = Instant.now();
		Query free = new Query(where("_id").is(configuration.getName()).and("lockUntil").lte(now));
		Update take = new Update().set("lockUntil", configuration.getLockAtMostUntil())
			.set("lockedAt", now)
			.set("lockedBy", this.owner);
		try {
			this.mongo.findAndModify(free, take, FindAndModifyOptions.options().upsert(true), org.bson.Document.class,
					COLLECTION);
			return Optional.of(() -> release(configuration));
		}
		catch (DuplicateKeyException held) {
			return Optional.empty();
		}
	}

	private void release(LockConfiguration configuration) {
		this.mongo.updateFirst(new Query(where("_id").is(configuration.getName()).and("lockedBy").is(this.owner)),
				new Update().set("lockUntil", configuration.getUnlockTime()), COLLECTION);
	}

}
