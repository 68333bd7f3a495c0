package vn.health.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index kept in key order, as MongoDB keeps a secondary index: one entry per document and key
 * (an array gives one per element), ordered by the key's values and then the document's {@code _id}. It answers
 * equality on its first keys followed by a range or equality on the next, and, when sparse with one key,
 * {@code $exists: true}. A lookup returns the positions of every document that can match; the collection then matches
 * the whole query on just those. (Longer than a file here should be: mongo-java-server's index contract is a dozen
 * methods, and the key walk must mirror its matcher's.)
 */
final class OrderedIndex<P> extends Index<P> {

	private static final Comparator<Object> VALUES = ValueComparator.ascWithoutListHandling();

	/** Stands for documents and arrays in a key: they are never looked up, and their contents may change in place. */
	private static final Document SOME_DOCUMENT = new Document();

	private static final List<Object> SOME_ARRAY = List.of();

	private final NavigableMap<Entry, P> entries = new TreeMap<>(OrderedIndex::compare);

	private final List<List<String>> paths;

	/**
	 * The key paths on which a document ever had an array (MongoDB's "multikey" paths): a range walk on such a key
	 * no longer gives documents in the order a sort on it asks, as the matcher sorts an array by its elements, not by
	 * the element the walk meets. Cleared only by the rebuild on start, as MongoDB clears it only by a rebuild.
	 */
	private final Set<Integer> multikeyPaths = new TreeSet<>();

	OrderedIndex(String name, List<IndexKey> keys, boolean sparse) {
		super(name, keys, sparse);
		this.paths = keys.stream().map((key) -> Utils.splitPath(key.getKey())).toList();
	}

	/** How this index can narrow {@code query}, if it can: equal values for its first keys, then maybe a range. */
	synchronized Optional<Lookup<P>> lookup(Document query) {
		List<List<Object>> prefixes = List.of(List.of());
		int equalities = 0;
		for (IndexKey key : getKeys()) {
			Optional<Condition> condition = Condition.of(query.get(key.getKey()));
			if (condition.filter(Condition::isEquality).isPresent()) {
				prefixes = extended(prefixes, condition.get().values());
				equalities++;
			}
			else {
				Condition range = condition.filter(Condition::isRange).orElse(null);
				if (equalities > 0 || range != null) {
					return Optional.of(new Lookup<>(this, prefixes, range, 2 * equalities + ((range != null) ? 1 : 0)));
				}
				return (answersExists(condition)) ? Optional.of(new Lookup<>(this, prefixes, null, 1)) : Optional.empty();
			}
		}
		return Optional.of(new Lookup<>(this, prefixes, null, 2 * equalities));
	}

	/** A sparse index of one key holds exactly the documents that have it. */
	private boolean answersExists(Optional<Condition> condition) {
		return isSparse() && getKeys().size() == 1 && condition.map(Condition::exists).orElse(false);
	}

	private synchronized List<P> positions(Lookup<P> lookup) {
		Set<P> positions = new LinkedHashSet<>();
		for (List<Object> prefix : lookup.prefixes()) {
			if (lookup.range() == null) {
				positions.addAll(this.entries.subMap(edge(prefix, Edge.LOW), true, edge(prefix, Edge.HIGH), true).values());
			}
			else {
				addRange(prefix, lookup.range(), positions);
			}
		}
		return List.copyOf(positions);
	}

	/**
	 * Walks from one bound towards the other and stops at the first value of another type; the positions come in key
	 * order either way. Both bounds apply to one array element at a time, as mongo-java-server matches them.
	 */
	private void addRange(List<Object> prefix, Condition range, Set<P> positions) {
		Condition.Bound lower = range.lower();
		Condition.Bound upper = range.upper();
		if (lower != null && upper != null && !Condition.sameType(lower.value(), upper.value())) {
			return;
		}
		Entry from = (lower != null) ? edge(with(prefix, lower.value()), lower.inclusive() ? Edge.LOW : Edge.HIGH)
				: edge(prefix, Edge.LOW);
		Entry to = (upper != null) ? edge(with(prefix, upper.value()), upper.inclusive() ? Edge.HIGH : Edge.LOW)
				: edge(prefix, Edge.HIGH);
		if (compare(from, to) > 0) {
			return;
		}
		NavigableMap<Entry, P> slice = this.entries.subMap(from, true, to, true);
		Object type = (lower != null) ? lower.value() : upper.value();
		List<P> walked = new ArrayList<>();
		for (Map.Entry<Entry, P> entry : (lower != null) ? slice.entrySet() : slice.descendingMap().entrySet()) {
			if (!Condition.sameType(entry.getKey().key().get(prefix.size()), type)) {
				break;
			}
			walked.add(entry.getValue());
		}
		positions.addAll((lower != null) ? walked : walked.reversed());
	}

	@Override
	public synchronized void add(Document document, P position, MongoCollection<P> collection) {
		Object id = document.get("_id");
		for (List<Object> key : keysOf(document)) {
			this.entries.put(new Entry(key, id), position);
		}
	}

	@Override
	public synchronized P remove(Document document) {
		Object id = document.get("_id");
		P position = null;
		for (List<Object> key : keysOf(document)) {
			P removed = this.entries.remove(new Entry(key, id));
			position = (removed != null) ? removed : position;
		}
		return position;
	}

	@Override
	public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
			MongoCollection<P> collection) {
		remove(oldDocument);
		add(newDocument, position, collection);
	}

	/** Every combination of the values each key path reaches, as the query matcher walks arrays. */
	private Set<List<Object>> keysOf(Document document) {
		List<List<Object>> perKey = new ArrayList<>();
		for (int i = 0; i < this.paths.size(); i++) {
			List<Object> values = new ArrayList<>();
			if (collect(document, this.paths.get(i), values)) {
				this.multikeyPaths.add(i);
			}
			perKey.add(values);
		}
		Set<List<Object>> keys = new TreeSet<>(OrderedIndex::compareKeys);
		if (isSparse() && perKey.stream().allMatch(List::isEmpty)) {
			return keys;
		}
		List<List<Object>> combinations = List.of(List.of());
		for (List<Object> values : perKey) {
			combinations = extended(combinations, values.isEmpty() ? nullKey() : values);
		}
		keys.addAll(combinations);
		return keys;
	}

	/** Adds the values {@code path} reaches in {@code value}; true when it met an array on the way or at the end. */
	private static boolean collect(Object value, List<String> path, List<Object> values) {
		if (path.isEmpty()) {
			if (value instanceof Collection<?> array) {
				values.add(SOME_ARRAY);
				array.forEach((element) -> values.add(keyValue(element)));
				return true;
			}
			if (!(value instanceof Missing)) {
				values.add(keyValue(value));
			}
			return false;
		}
		if (value instanceof List<?> array) {
			String field = path.get(0);
			if (field.chars().allMatch(Character::isDigit)) {
				int i = Integer.parseInt(field);
				if (i < array.size()) {
					collect(array.get(i), path.subList(1, path.size()), values);
				}
			}
			else {
				array.forEach((element) -> collect(element, path, values));
			}
			return true;
		}
		if (value instanceof Document document) {
			return collect(document.getOrMissing(path.get(0)), path.subList(1, path.size()), values);
		}
		return false;
	}

	private static Object keyValue(Object value) {
		if (value instanceof Document) {
			return SOME_DOCUMENT;
		}
		return (value instanceof Collection<?>) ? SOME_ARRAY : value;
	}

	private static List<Object> nullKey() {
		List<Object> key = new ArrayList<>();
		key.add(null);
		return key;
	}

	private static List<List<Object>> extended(List<List<Object>> prefixes, List<Object> values) {
		List<List<Object>> extended = new ArrayList<>();
		for (List<Object> prefix : prefixes) {
			for (Object value : values) {
				extended.add(with(prefix, value));
			}
		}
		return extended;
	}

	private static List<Object> with(List<Object> prefix, Object value) {
		List<Object> key = new ArrayList<>(prefix);
		key.add(value);
		return key;
	}

	/** The first or last possible entry that starts with {@code prefix}. */
	private Entry edge(List<Object> prefix, Edge edge) {
		List<Object> key = new ArrayList<>(prefix);
		while (key.size() < getKeys().size()) {
			key.add(edge);
		}
		return new Entry(key, edge);
	}

	private static int compare(Entry entry, Entry other) {
		int byKey = compareKeys(entry.key(), other.key());
		return (byKey != 0) ? byKey : compareValues(entry.id(), other.id());
	}

	private static int compareKeys(List<Object> key, List<Object> other) {
		for (int i = 0; i < key.size(); i++) {
			int byValue = compareValues(key.get(i), other.get(i));
			if (byValue != 0) {
				return byValue;
			}
		}
		return 0;
	}

	private static int compareValues(Object value, Object other) {
		if (value instanceof Edge || other instanceof Edge) {
			return Integer.compare(Edge.rank(value), Edge.rank(other));
		}
		return VALUES.compare(value, other);
	}

	/**
	 * Never from mongo-java-server's own index loop: {@link IndexChoice} alone looks this index up, so a query it
	 * leaves to a scan (e.g. one ordered by {@code $natural}) is not answered in key order behind its back, nor
	 * looked up a second time.
	 */
	@Override
	public boolean canHandle(Document query) {
		return false;
	}

	@Override
	public Iterable<P> getPositions(Document query) {
		throw new UnsupportedOperationException("Looked up through IndexChoice only");
	}

	@Override
	public P getPosition(Document document) {
		return null;
	}

	@Override
	public void checkAdd(Document document, MongoCollection<P> collection) {
	}

	@Override
	public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
	}

	private synchronized boolean isMultikey(int key) {
		return this.multikeyPaths.contains(key);
	}

	@Override
	public synchronized long getCount() {
		return this.entries.size();
	}

	@Override
	public long getDataSize() {
		return 0;
	}

	@Override
	public synchronized void drop() {
		this.entries.clear();
	}

	/**
	 * A lookup in one index: the equal values for its first keys ({@code $in} gives several), then a range on the
	 * next key if any. When the index only holds documents that have its key, no prefix and no range is every entry.
	 *
	 * @param score how selective: two for each key looked up by equality, one for a range or presence
	 */
	record Lookup<P>(OrderedIndex<P> index, List<List<Object>> prefixes, Condition range, int score) {

		/** The positions of every document that can match, each once. */
		List<P> positions() {
			return this.index.positions(this);
		}

		/**
		 * Whether {@link #positions()} come in the order {@code orderBy} asks, so that the collection can stop at a
		 * limit instead of loading and sorting every candidate: ascending on the ranged key, then maybe on
		 * {@code _id} — the sweeps' and workers' "oldest due first" ({@code {status: X, dueAt: {$lt: t}}} sorted by
		 * {@code dueAt}). Entries of one key value are in {@code _id} order. Only for one prefix (an {@code $in}'s
		 * come one after the other) and a range (which holds values of one type), and not once the ranged key held an array.
		 */
		boolean inOrderOf(Document orderBy) {
			if (orderBy == null || orderBy.isEmpty() || this.range == null || this.prefixes.size() != 1) {
				return false;
			}
			List<String> fields = List.copyOf(orderBy.keySet());
			int ranged = this.prefixes.get(0).size();
			boolean ascending = orderBy.values().stream().allMatch((direction) -> direction instanceof Number n
					&& n.intValue() == 1);
			return ascending && fields.get(0).equals(this.index.getKeys().get(ranged).getKey())
					&& (fields.size() == 1 || (fields.size() == 2 && fields.get(1).equals("_id")))
					&& !this.index.isMultikey(ranged);
		}

	}

	/** An index entry: a key (one value per indexed field) of the document with this {@code _id}. */
	private record Entry(List<Object> key, Object id) {
	}

	/** Below or above every value, to look up every entry that starts with a given prefix. */
	private enum Edge {

		LOW, HIGH;

		static int rank(Object value) {
			return (value == LOW) ? -1 : (value == HIGH) ? 1 : 0;
		}

	}

}
