package vn.health.reporting.obligation;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import vn.health.reporting.IntegrationTestSupport;
import vn.health.reporting.PlanSamples;
import vn.health.servicekit.lock.Leases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * What a sweep's bulk write stores is what a versioned save stores: same fields, same version, the same pending events
 * for the outbox relay (held off meanwhile by taking its lease, so it takes none of them away mid-comparison).
 */
class VersionedBatchSaveIntegrationTests extends IntegrationTestSupport {

	private static final Instant AS_OF = OffsetDateTime.parse("2024-06-27T10:00:00+07:00").toInstant();

	@Autowired
	ObligationRepository obligations;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Leases leases;

	@Test
	void anObligationSavedInABatchIsStoredAsItsOwnSaveWouldStoreIt() throws InterruptedException {
		String planId = UUID.randomUUID().toString();
		this.kafka.send(PlanSamples.issued(planId,
				(plan) -> PlanSamples.requirement(plan).put("dueDate", "2024-06-20").put("dueRule", "BEFORE_DAY")));
		api().awaitObligations(planId, 2);
		String id = planId + ".r1.ttyt-yen-the";

		Optional<List<Document>> stored = Optional.empty();
		while (stored.isEmpty()) {
			stored = this.leases.call("outbox-obligations", Duration.ofSeconds(30), () -> bothWays(id));
			Thread.sleep(50);
		}

		assertThat(stored.get().get(1).get("pendingEvents")).asList().isNotEmpty();
		assertThat(withoutEventIds(stored.get().get(1))).isEqualTo(withoutEventIds(stored.get().get(0)));
	}

	/** The document as a save stores it, then, from the same state read, as the batch write stores it. */
	private List<Document> bothWays(String id) {
		Document read = raw(id);
		Obligation bySave = this.obligations.findById(id).orElseThrow();
		Obligation byBatch = this.obligations.findById(id).orElseThrow();
		overdueAndAlerted(bySave);
		overdueAndAlerted(byBatch);
		this.obligations.save(bySave);
		Document saved = raw(id);
		this.mongo.getCollection("obligations").replaceOne(new Document("_id", id), read);
		assertThat(this.obligations.saveAllUnlessChanged(List.of(byBatch))).containsExactly(byBatch);
		assertThat(byBatch.version()).isEqualTo(bySave.version()).isEqualTo(read.getLong("version") + 1);
		return List.of(saved, raw(id));
	}

	private static void overdueAndAlerted(Obligation obligation) {
		obligation.markOverdue(AS_OF, AS_OF);
		obligation.alertOverdue(AS_OF, AS_OF);
	}

	private Document raw(String id) {
		return this.mongo.findOne(new Query(where("_id").is(id)), Document.class, "obligations");
	}

	/** Event ids are random per recorded event; everything else must match. */
	@SuppressWarnings("unchecked")
	private static Document withoutEventIds(Document document) {
		Document copy = Document.parse(document.toJson());
		((List<Document>) copy.get("pendingEvents")).forEach((event) -> event.remove("eventId"));
		return copy;
	}

}
