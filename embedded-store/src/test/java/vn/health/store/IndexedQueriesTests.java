package vn.health.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexed backends answer exactly what mongo-java-server's scan answers, for random documents, random queries and
 * random writes in between (which the indexes must follow), through the wire protocol with the real driver.
 */
class IndexedQueriesTests {

	private static final int ROUNDS = 400;

	static Stream<Arguments> backends() {
		return Stream.of(11L, 12L, 13L)
			.flatMap((seed) -> Stream.of(Arguments.of("memory", seed), Arguments.of("h2", seed)));
	}

	@ParameterizedTest(name = "{0}, seed {1}")
	@MethodSource("backends")
	void answersLikeAScanForRandomQueriesAndWrites(String backend, long seed) {
		try (Stores scanned = new Stores(new MemoryBackend()); Stores indexed = new Stores(indexed(backend))) {
			MongoCollection<Document> expected = prepared(scanned);
			MongoCollection<Document> actual = prepared(indexed);
			RandomDocuments random = new RandomDocuments(seed);
			List<Document> documents = Stream.generate(random::document).limit(300).toList();
			expected.insertMany(copies(documents));
			actual.insertMany(copies(documents));
			for (int round = 0; round < ROUNDS; round++) {
				Document filter = random.filter();
				Function<MongoCollection<Document>, Object> operation = switch (round % 8) {
					case 0 -> updateMany(filter, random.field(), random);
					case 1 -> (collection) -> collection.deleteMany(filter).getDeletedCount();
					case 2 -> versionedSave(random);
					case 3 -> (collection) -> collection.findOneAndUpdate(filter, Updates.inc("version", 1),
							new FindOneAndUpdateOptions().sort(Sorts.ascending("_id")).returnDocument(ReturnDocument.AFTER));
					case 4 -> insert(random.document());
					case 5 -> switch (round % 3) {
						case 0 -> firstFive(filter, "d");
						case 1 -> firstFive(random.dueFilter(), "d");
						default -> firstFive(random.rangeOf("a"), "a");
					};
					default -> (collection) -> collection.find(filter).sort(Sorts.ascending("_id")).into(new ArrayList<>());
				};
				assertThat(outcome(operation, actual)).as("round %d: %s", round, filter.toJson())
					.isEqualTo(outcome(operation, expected));
			}
			assertThat(actual.find().sort(Sorts.ascending("_id")).into(new ArrayList<>()))
				.isEqualTo(expected.find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));
		}
	}

	static MongoBackend indexed(String backend) {
		return backend.equals("memory") ? new IndexedMemoryBackend() : new IndexedH2Backend(MVStore.open(null));
	}

	/** The indexes the random filters aim at, created before any document as Spring Data does at start-up. */
	static MongoCollection<Document> prepared(Stores stores) {
		MongoCollection<Document> collection = stores.collection("things");
		collection.createIndex(Indexes.ascending("a"));
		collection.createIndex(Indexes.compoundIndex(Indexes.ascending("s"), Indexes.ascending("d")));
		collection.createIndex(Indexes.compoundIndex(Indexes.ascending("s"), Indexes.descending("a")));
		collection.createIndex(Indexes.ascending("n.x"));
		collection.createIndex(Indexes.ascending("tags"));
		collection.createIndex(Indexes.ascending("pe.e"), new IndexOptions().sparse(true));
		return collection;
	}

	/**
	 * The first five in the order of {@code field}, then {@code _id}: with one {@code s} and a range of {@code d} the
	 * {@code (s, d)} index gives that order and the store stops at the limit; on {@code a}, which holds arrays, it
	 * must not.
	 */
	private static Function<MongoCollection<Document>, Object> firstFive(Document filter, String field) {
		return (collection) -> collection.find(filter).sort(Sorts.ascending(field, "_id")).limit(5).into(new ArrayList<>());
	}

	private static Function<MongoCollection<Document>, Object> updateMany(Document filter, String field,
			RandomDocuments random) {
		Object value = random.value(field);
		return (collection) -> collection.updateMany(filter, Updates.set(field, value)).getModifiedCount();
	}

	/** What Spring Data sends for a versioned entity: replace where the id and the version read match. */
	private static Function<MongoCollection<Document>, Object> versionedSave(RandomDocuments random) {
		Object id = random.existingId();
		int version = random.filter().size() % 2;
		Document replacement = random.document().append("_id", id).append("version", version + 1);
		return (collection) -> collection
			.replaceOne(new Document("_id", id).append("version", version), Document.parse(replacement.toJson()))
			.getModifiedCount();
	}

	private static Function<MongoCollection<Document>, Object> insert(Document document) {
		return (collection) -> {
			collection.insertOne(Document.parse(document.toJson()));
			return document.get("_id");
		};
	}

	private static Object outcome(Function<MongoCollection<Document>, Object> operation,
			MongoCollection<Document> collection) {
		try {
			return operation.apply(collection);
		}
		catch (MongoException ex) {
			return "error " + ex.getCode();
		}
	}

	private static List<Document> copies(List<Document> documents) {
		return documents.stream().map((document) -> Document.parse(document.toJson())).toList();
	}

}
