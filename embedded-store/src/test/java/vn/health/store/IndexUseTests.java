package vn.health.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.IntStream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.backend.AbstractMongoBackend;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries the services' hot paths send are looked up in an index: how many documents the collection then
 * matches the query on is what these count.
 */
class IndexUseTests {

	private static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");

	@Test
	void overdueSweepExaminesOnlyWhatIsDueAmongManyObligations() {
		IndexedMemoryBackend backend = new IndexedMemoryBackend();
		try (Stores stores = new Stores(backend)) {
			storeObligations(stores.collection("obligations"), 5_000, 150);

			assertThat(examined(backend, "obligations", new Document("status", "OPEN")
				.append("dueAt", new Document("$lt", NOW)))).isEqualTo(150);
			assertThat(examined(backend, "obligations", new Document("status", new Document("$in", List.of("OPEN", "OVERDUE")))
				.append("reminders.nextAt", new Document("$lte", NOW)))).isEqualTo(150);
			assertThat(stores.collection("obligations")
				.countDocuments(Filters.and(Filters.eq("status", "OPEN"), Filters.lt("dueAt", Date.from(NOW))))).isEqualTo(150);
		}
	}

	/**
	 * "Oldest due first, a batch at a time": the index walk is already in that order, so the store matches candidates
	 * in turn and stops at the limit rather than load every due document to sort them for each batch.
	 */
	@Test
	void dueWorkSortedOnTheRangedKeyNeedsNoSortOnceTheIndexGivesTheOrder() {
		IndexedMemoryBackend backend = new IndexedMemoryBackend();
		try (Stores stores = new Stores(backend)) {
			MongoCollection<Document> obligations = stores.collection("obligations");
			storeObligations(obligations, 2_000, 150);
			Document due = new Document("status", "OPEN").append("dueAt", new Document("$lt", NOW));

			assertThat(inOrder(backend, due, new Document("dueAt", 1))).isTrue();
			assertThat(inOrder(backend, due, new Document("dueAt", 1).append("_id", 1))).isTrue();
			assertThat(inOrder(backend, due, new Document("dueAt", -1))).isFalse();
			assertThat(inOrder(backend, due, new Document("unitId", 1))).isFalse();
			assertThat(inOrder(backend, new Document("status", new Document("$in", List.of("OPEN", "OVERDUE")))
				.append("dueAt", new Document("$lt", NOW)), new Document("dueAt", 1))).isFalse();
			assertThat(obligations.find(Filters.and(Filters.eq("status", "OPEN"), Filters.lt("dueAt", Date.from(NOW))))
				.sort(new Document("dueAt", 1)).limit(20).into(new ArrayList<>())).hasSize(20);

			obligations.insertOne(obligation(9_999, true).append("dueAt", List.of(Date.from(NOW.minusSeconds(60)))));
			assertThat(inOrder(backend, due, new Document("dueAt", 1))).as("dueAt held an array").isFalse();
		}
	}

	@Test
	void versionedSaveAndLeaseLookUpOneDocumentById() {
		IndexedMemoryBackend backend = new IndexedMemoryBackend();
		try (Stores stores = new Stores(backend)) {
			storeObligations(stores.collection("obligations"), 2_000, 10);

			assertThat(examined(backend, "obligations", new Document("_id", "o-42").append("version", 0))).isEqualTo(1);
			assertThat(examined(backend, "obligations", new Document("_id", "o-42")
				.append("lockUntil", new Document("$lte", NOW)))).isEqualTo(1);
			assertThat(stores.collection("obligations")
				.replaceOne(new Document("_id", "o-42").append("version", 0), obligation(42, false).append("version", 1))
				.getModifiedCount()).isEqualTo(1);
		}
	}

	@Test
	void outboxPollExaminesOnlyDocumentsWithPendingEvents() {
		IndexedMemoryBackend backend = new IndexedMemoryBackend();
		try (Stores stores = new Stores(backend)) {
			MongoCollection<Document> obligations = stores.collection("obligations");
			storeObligations(obligations, 2_000, 10);
			obligations.updateMany(Filters.in("_id", "o-1", "o-2", "o-3"),
					new Document("$push", new Document("pendingEvents", new Document("eventId", "e"))));

			assertThat(examined(backend, "obligations", new Document("pendingEvents.eventId",
					new Document("$exists", true)))).isEqualTo(3);
		}
	}

	/** Without a sort, an index scan returns documents in key order: the server answered from the index. */
	@Test
	void answersOverTheWireFromTheIndex() {
		try (Stores indexed = new Stores(new IndexedMemoryBackend()); Stores scanned = new Stores(new MemoryBackend())) {
			List<Integer> expected = IntStream.range(0, 50).boxed().toList();

			assertThat(valuesInAnswerOrder(indexed)).isEqualTo(expected);
			assertThat(valuesInAnswerOrder(scanned)).isEqualTo(expected.reversed());
		}
	}

	@Test
	void rebuildsIndexesWhenTheFileIsOpenedAgainAndKeepsItReadableWithoutThem(@TempDir Path folder) {
		String file = folder.resolve("store.mv.db").toString();
		try (Stores stores = new Stores(new IndexedH2Backend(file))) {
			storeObligations(stores.collection("obligations"), 2_000, 25);
		}

		IndexedH2Backend reopened = new IndexedH2Backend(file);
		try (Stores stores = new Stores(reopened)) {
			assertThat(examined(reopened, "obligations", new Document("status", "OPEN")
				.append("dueAt", new Document("$lt", NOW)))).isEqualTo(25);
			assertThat(stores.collection("obligations").countDocuments(Filters.eq("status", "OPEN"))).isEqualTo(2_000);
		}
		try (Stores stores = new Stores(new H2Backend(file))) {
			assertThat(stores.collection("obligations").countDocuments()).isEqualTo(2_000);
			assertThat(stores.collection("obligations").find(Filters.eq("_id", "o-1999")).first()).isNotNull();
			assertThat(stores.collection("obligations").find(Filters.eq("_id", "o-2000")).first()).isNull();
		}
	}

	/** H2's 16 MB page cache held less than the fault suite's working set; the file's cache is a quarter of the heap. */
	@Test
	void theFilesPageCacheIsAQuarterOfTheHeap(@TempDir Path folder) {
		IndexedH2Backend backend = new IndexedH2Backend(folder.resolve("store.mv.db").toString());
		try (Stores stores = new Stores(backend)) {
			assertThat(backend.getMvStore().getCacheSize())
				.isEqualTo(IndexedH2Backend.cacheMegabytes(Runtime.getRuntime().maxMemory()));
		}
		assertThat(IndexedH2Backend.cacheMegabytes(256L << 20)).isEqualTo(64);
		assertThat(IndexedH2Backend.cacheMegabytes(4L << 30)).isEqualTo(1024);
		assertThat(IndexedH2Backend.cacheMegabytes(32L << 20)).as("never below H2's default").isEqualTo(16);
	}

	private static List<Integer> valuesInAnswerOrder(Stores stores) {
		MongoCollection<Document> collection = stores.collection("numbers");
		collection.createIndex(Indexes.ascending("n"));
		IntStream.range(0, 50).map((n) -> 49 - n).forEach((n) -> collection.insertOne(new Document("n", n)));
		return collection.find(Filters.gte("n", 0)).map((document) -> document.getInteger("n")).into(new ArrayList<>());
	}

	/** The reporting-service's obligation indexes, and {@code due} of {@code count} obligations past their date. */
	private static void storeObligations(MongoCollection<Document> obligations, int count, int due) {
		obligations.createIndex(Indexes.ascending("status", "dueAt"), new IndexOptions().name("status_dueAt"));
		obligations.createIndex(Indexes.ascending("status", "reminders.nextAt"));
		obligations.createIndex(Indexes.ascending("status", "escalation.nextAt"));
		obligations.createIndex(Indexes.ascending("planId", "requirementId"));
		obligations.createIndex(Indexes.ascending("unitId"));
		obligations.createIndex(Indexes.ascending("pendingEvents.eventId"), new IndexOptions().sparse(true));
		List<Document> batch = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			batch.add(obligation(i, i < due));
		}
		obligations.insertMany(batch);
	}

	private static Document obligation(int i, boolean due) {
		Date dueAt = Date.from(due ? NOW.minusSeconds(86_400) : Instant.parse("2099-12-31T00:00:00Z"));
		return new Document("_id", "o-" + i).append("version", 0)
			.append("planId", "p")
			.append("requirementId", "r")
			.append("unitId", "tyt-" + i)
			.append("status", "OPEN")
			.append("dueAt", dueAt)
			.append("reminders", new Document("nextAt", dueAt))
			.append("pendingEvents", List.of());
	}

	/** How many documents the collection matches {@code query} on after its index lookup. */
	private static int examined(AbstractMongoBackend backend, String collection, Document query) {
		de.bwaldvogel.mongo.bson.Document serverQuery = toServer(query);
		List<? extends Index<?>> indexes = backend.resolveDatabase("store").resolveCollection(collection, true).getIndexes();
		@SuppressWarnings("unchecked")
		Iterable<Object> positions = IndexChoice.candidates((List<Index<Object>>) indexes, serverQuery, null).orElseThrow().positions();
		int examined = 0;
		for (Object position : positions) {
			examined++;
		}
		return examined;
	}

	private static boolean inOrder(AbstractMongoBackend backend, Document query, Document orderBy) {
		List<? extends Index<?>> indexes = backend.resolveDatabase("store").resolveCollection("obligations", true).getIndexes();
		@SuppressWarnings("unchecked")
		List<Index<Object>> of = (List<Index<Object>>) indexes;
		return IndexChoice.candidates(of, toServer(query), toServer(orderBy)).orElseThrow().inOrder();
	}

	private static de.bwaldvogel.mongo.bson.Document toServer(Document query) {
		de.bwaldvogel.mongo.bson.Document converted = new de.bwaldvogel.mongo.bson.Document();
		query.forEach((key, value) -> converted.put(key, switch (value) {
			case Document document -> toServer(document);
			default -> value;
		}));
		return converted;
	}

}
