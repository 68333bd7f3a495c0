package vn.health.store;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Picks the index a query is looked up in. A unique index whose every key the query fixes wins, whatever else the
 * query asks: {@code {_id: x, version: 3}} (a versioned save) is one lookup, not a scan as in mongo-java-server.
 * Otherwise the ordered index with the most selective lookup; none, and the collection is scanned.
 */
final class IndexChoice {

	private IndexChoice() {
	}

	/** The documents that can match {@code query}; empty when no index narrows it. */
	static <P> Optional<Candidates<P>> candidates(List<Index<P>> indexes, Document query, Document orderBy) {
		if (orderBy != null && orderBy.containsKey("$natural")) {
			return Optional.empty();
		}
		for (Index<P> index : indexes) {
			Document onKeys = onKeys(index, query);
			if (index.isUnique() && onKeys != null && index.canHandle(onKeys)) {
				return Optional.of(new Candidates<>(index.getPositions(onKeys), false));
			}
		}
		return indexes.stream()
			.filter(OrderedIndex.class::isInstance)
			.map((index) -> ((OrderedIndex<P>) index).lookup(query))
			.flatMap(Optional::stream)
			.max(Comparator.comparingInt(OrderedIndex.Lookup::score))
			.map((lookup) -> new Candidates<>(lookup.positions(), lookup.inOrderOf(orderBy)));
	}

	/** The part of {@code query} on the index's keys, or null when it leaves one of them open. */
	private static Document onKeys(Index<?> index, Document query) {
		Document onKeys = new Document();
		for (IndexKey key : index.getKeys()) {
			if (!query.containsKey(key.getKey())) {
				return null;
			}
			onKeys.put(key.getKey(), query.get(key.getKey()));
		}
		return onKeys;
	}

	/**
	 * The positions of the documents that can match, each once, and whether they already come in the order the query
	 * asks: then the collection matches them in turn and stops at the limit, as MongoDB does when an index provides
	 * the sort, instead of loading every candidate to sort them (each batch of a due-work query cost the whole backlog).
	 */
	record Candidates<P>(Iterable<P> positions, boolean inOrder) {

		/** The sort the collection still has to do on what matches. */
		Document sortLeft(Document orderBy) {
			return this.inOrder ? null : orderBy;
		}

	}

}
