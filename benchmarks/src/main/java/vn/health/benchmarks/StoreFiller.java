package vn.health.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;

/**
 * Grows reporting-service's store to a given size with copies of obligations the service itself created, so the
 * documents are exactly what the service writes (whatever its current schema) without a million plan events. A
 * copy gets its own id and unit and no pending events; it is due when its original is, far in the future.
 */
final class StoreFiller {

	private static final String COLLECTION = "obligations";

	private static final int BATCH = 10_000;

	private final String mongoUrl;

	StoreFiller(String mongoUrl) {
		this.mongoUrl = mongoUrl;
	}

	/** The collection's size from its metadata: a full scan of a million documents is what H2 fails on. */
	long count() {
		try (MongoClient client = MongoClients.create(this.mongoUrl)) {
			return obligations(client).estimatedDocumentCount();
		}
	}

	/** Adds {@code copies} copies of the obligations whose id starts with {@code idPrefix}. */
	void addCopies(String idPrefix, long copies) {
		try (MongoClient client = MongoClients.create(this.mongoUrl)) {
			MongoCollection<Document> obligations = obligations(client);
			List<Document> originals = obligations.find(Filters.regex("_id", "^" + Pattern.quote(idPrefix)))
				.into(new ArrayList<>());
			if (originals.isEmpty()) {
				throw new IllegalStateException("No obligation id starts with " + idPrefix);
			}
			List<Document> batch = new ArrayList<>(BATCH);
			for (long n = 0; n < copies; n++) {
				batch.add(copy(originals.get((int) (n % originals.size())), n));
				if (batch.size() == BATCH) {
					obligations.insertMany(batch, new InsertManyOptions().ordered(false));
					batch.clear();
				}
			}
			if (!batch.isEmpty()) {
				obligations.insertMany(batch, new InsertManyOptions().ordered(false));
			}
		}
	}

	private static Document copy(Document original, long n) {
		String unitId = original.getString("unitId");
		Document copy = new Document();
		for (Map.Entry<String, Object> field : original.entrySet()) {
			Object value = field.getValue();
			copy.put(field.getKey(), (value instanceof String text && text.equals(unitId)) ? unitId + "~" + n : value);
		}
		copy.put("_id", original.getString("_id") + "~" + n);
		copy.put("pendingEvents", List.of());
		return copy;
	}

	private MongoCollection<Document> obligations(MongoClient client) {
		for (String database : client.listDatabaseNames()) {
			if (client.getDatabase(database).listCollectionNames().into(new ArrayList<>()).contains(COLLECTION)) {
				return client.getDatabase(database).getCollection(COLLECTION);
			}
		}
		throw new IllegalStateException("No database holds a collection named " + COLLECTION);
	}

}
