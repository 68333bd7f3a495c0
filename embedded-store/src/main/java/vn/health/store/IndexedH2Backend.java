package vn.health.store;

import java.time.Duration;
import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend (documents in one MVStore file) with indexes that answer queries (see
 * {@link IndexChoice}). Every index lives in memory (unique ones in {@link HashedUniqueIndex}) and is rebuilt from
 * the stored documents on start, from the index descriptions the store keeps; the file stays readable by the plain
 * H2 backend, which builds its own index maps when it finds none.
 */
public final class IndexedH2Backend extends H2Backend {

	/**
	 * How long the file keeps chunks the current version no longer uses. A long read (rebuilding an index on
	 * start, a scan of a million documents) walks an older version: with H2's default of 45 s, a heavy writer
	 * meanwhile reused its chunks and the read failed with "Chunk … not found" (the sweep benchmark at 1,000,000
	 * obligations). The price is file space held that much longer.
	 */
	static final int RETENTION_MILLIS = (int) Duration.ofMinutes(15).toMillis();

	/**
	 * The share of the heap the file's page cache may take. H2's default, 16 MB, held less than the fault suite's
	 * working set at 1,000 units: a quarter of the store's CPU went to reading and deserializing pages it had just
	 * evicted. The indexes, kept in memory too, need far less than the rest.
	 */
	static final int CACHE_SHARE_OF_HEAP = 4;

	public IndexedH2Backend(String fileName) {
		super(fileName);
		getMvStore().setRetentionTime(RETENTION_MILLIS);
		// In megabytes here: MVStore.setCacheSize divides its argument by 1024 first (H2 2.4)
		getMvStore().getFileStore().setCacheSize(cacheMegabytes(Runtime.getRuntime().maxMemory()));
	}

	public IndexedH2Backend(MVStore store) {
		super(store);
		store.setRetentionTime(RETENTION_MILLIS);
	}

	static int cacheMegabytes(long maxHeap) {
		return (int) Math.max(16, maxHeap / CACHE_SHARE_OF_HEAP / (1024 * 1024));
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		return new Database(databaseName, getMvStore(), getCursorRegistry());
	}

	private static final class Database extends H2Database {

		/** Map names as H2Database gives them, so a collection's documents are where the plain backend looks. */
		private static final String DOCUMENTS = "databases.";

		private static final String META = "meta.";

		private final MVStore store;

		Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
			super(databaseName, store, cursorRegistry);
			this.store = store;
			initializeNamespacesAndIndexes();
		}

		/** H2Database's constructor calls this before {@link #store} is set; this one's calls it again after. */
		@Override
		protected void initializeNamespacesAndIndexes() {
			if (this.store != null) {
				super.initializeNamespacesAndIndexes();
			}
		}

		@Override
		protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
			String fullName = getFullCollectionNamespace(collectionName);
			MVMap<Object, Document> documents = this.store.openMap(DOCUMENTS + fullName);
			MVMap<String, Object> meta = this.store.openMap(META + fullName);
			return new Collection(this, collectionName, options, documents, meta, this.cursorRegistry);
		}

		/**
		 * In memory, filled from the documents when the collection adds it. A map the plain backend kept for it in
		 * this file is removed, not left stale: the plain backend, opening the file, finds none and fills a new one.
		 */
		@Override
		protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
				boolean sparse) {
			String persisted = getFullCollectionNamespace(collectionName) + "._index_" + indexName;
			if (this.store.hasMap(persisted)) {
				this.store.removeMap(persisted);
			}
			return new HashedUniqueIndex<>(indexName, keys, sparse);
		}

		@Override
		protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
				List<IndexKey> keys, boolean sparse) {
			return new OrderedIndex<>(indexName, keys, sparse);
		}

	}

	private static final class Collection extends H2Collection {

		Collection(MongoDatabase database, String collectionName, CollectionOptions options,
				MVMap<Object, Document> documents, MVMap<String, Object> meta, CursorRegistry cursorRegistry) {
			super(database, collectionName, options, documents, meta, cursorRegistry);
		}

		@Override
		protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
				Document projection) {
			return IndexChoice.candidates(getIndexes(), query, orderBy)
				.map((candidates) -> matchDocuments(query, candidates.positions(), candidates.sortLeft(orderBy), skip,
						limit, batchSize, projection))
				.orElseGet(() -> super.queryDocuments(query, orderBy, skip, limit, batchSize, projection));
		}

	}

}
