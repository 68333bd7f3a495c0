package vn.health.store;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * A unique index ({@code _id}, {@code @Indexed(unique = true)}) in a hash map in memory, rebuilt from the documents
 * on start as the ordered indexes are, in place of mongo-java-server's H2 unique index. That one is an MVMap keyed by
 * {@link KeyValue}, a type H2 does not know, so it orders keys by Java-serializing both sides of every comparison:
 * about 13 % of the store's CPU in a profile of the fault suite, paid on every lookup by {@code _id} (each versioned
 * save, lease and duplicate check) and every insert. A lookup here is one hash. The same as mongo-java-server's
 * memory backend keeps, for any position type.
 */
final class HashedUniqueIndex<P> extends AbstractUniqueIndex<P> {

	private final Map<KeyValue, P> positions = new ConcurrentHashMap<>();

	HashedUniqueIndex(String name, List<IndexKey> keys, boolean sparse) {
		super(name, keys, sparse);
	}

	@Override
	protected P removeDocument(KeyValue key) {
		return this.positions.remove(key);
	}

	@Override
	protected boolean putKeyPosition(KeyValue key, P position) {
		return this.positions.putIfAbsent(key, position) == null;
	}

	@Override
	protected Iterable<Map.Entry<KeyValue, P>> getIterable() {
		return this.positions.entrySet();
	}

	@Override
	protected P getPosition(KeyValue key) {
		return this.positions.get(key);
	}

	@Override
	public long getCount() {
		return this.positions.size();
	}

	@Override
	public boolean isEmpty() {
		return this.positions.isEmpty();
	}

	@Override
	public long getDataSize() {
		return 0;
	}

}
