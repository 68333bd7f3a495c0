package vn.health.servicekit.lgsp;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.MediaType;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Hàng đợi gửi LGSP — the sends of this service, one document each in {@code lgsp_sends}. {@link #queue} only
 * stores; {@link LgspSweep} sends. Reads answer the status API.
 */
public class LgspSends {

	private static final int MAX_LISTED = 100;

	private final MongoTemplate mongo;

	private final Clock clock;

	LgspSends(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** The adapter of a service that may run without an LGSP: absent means 503 {@link LgspNotConfigured}. */
	public static LgspSends required(ObjectProvider<LgspSends> sends) {
		LgspSends configured = sends.getIfAvailable();
		if (configured == null) {
			throw new LgspNotConfigured();
		}
		return configured;
	}

	/** Stores a send, due at once; the caller answers 202 with its status. */
	public LgspSendStatus queue(LgspSend.Kind kind, String subject, MediaType contentType, String body,
			String requestedBy) {
		LgspSend send = LgspSend.queued(UUID.randomUUID().toString(), kind, subject, contentType.toString(), body,
				requestedBy, this.clock.instant());
		return this.mongo.insert(send).view();
	}

	public Optional<LgspSendStatus> status(String id) {
		return Optional.ofNullable(this.mongo.findOne(withoutBody(new Query(where("_id").is(id))), LgspSend.class))
			.map(LgspSend::view);
	}

	/** The sends of {@code subject}, newest first (at most 100). */
	public List<LgspSendStatus> statusOf(String subject) {
		Query query = new Query(where("subject").is(subject)).with(Sort.by(Sort.Direction.DESC, "createdAt"))
			.limit(MAX_LISTED);
		return this.mongo.find(withoutBody(query), LgspSend.class).stream().map(LgspSend::view).toList();
	}

	/** A status read never needs the package, which can be megabytes: the store leaves it out. */
	private static Query withoutBody(Query query) {
		query.fields().exclude("body");
		return query;
	}

	/** Queued sends due by {@code now}, oldest due first; served by the {@code (status, nextAttemptAt)} index. */
	List<LgspSend> due(Instant now, int limit) {
		Query query = new Query(where("status").is(LgspSend.Status.QUEUED).and("nextAttemptAt").lte(now))
			.with(Sort.by("nextAttemptAt"))
			.limit(limit);
		return this.mongo.find(query, LgspSend.class);
	}

	/**
	 * Takes {@code send} for one attempt unless someone else did since it was read: its next attempt moves to
	 * {@code until}, so a sweep on another instance whose lease ran out meanwhile skips it.
	 */
	boolean claim(LgspSend send, Instant until) {
		Query unchanged = new Query(where("_id").is(send.id())
			.and("status").is(LgspSend.Status.QUEUED)
			.and("nextAttemptAt").is(send.nextAttemptAt()));
		return this.mongo.updateFirst(unchanged, Update.update("nextAttemptAt", until), LgspSend.class)
			.getModifiedCount() == 1;
	}

	/** Records where an attempt left {@code send}: its status fields only, the stored package is not written again. */
	void record(LgspSend send) {
		Update outcome = new Update().set("status", send.status())
			.set("attempts", send.attempts())
			.set("nextAttemptAt", send.nextAttemptAt())
			.set("sentAt", send.sentAt())
			.set("lastStatus", send.lastStatus())
			.set("lastError", send.lastError());
		this.mongo.updateFirst(new Query(where("_id").is(send.id())), outcome, LgspSend.class);
	}

}
