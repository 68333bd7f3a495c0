package vn.health.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * What a query asks of one field, reduced to what an ordered index can look up: equal to one of some values
 * ({@code v}, {@code $eq}, {@code $in}), within bounds ({@code $gt}, {@code $gte}, {@code $lt}, {@code $lte}), or
 * present ({@code $exists: true}). A lookup may admit more documents than the query matches, never fewer: the full
 * match follows it. Any other operator makes the field's condition one that is not looked up, since mongo-java-server
 * matches some of them ({@code $ne} on an array) ignoring the operators beside them.
 */
record Condition(List<Object> values, Bound lower, Bound upper, boolean exists) {

	/** One end of a range; a bound only admits values of its own type, as MongoDB's comparisons do. */
	record Bound(Object value, boolean inclusive) {
	}

	boolean isEquality() {
		return this.values != null;
	}

	boolean isRange() {
		return !isEquality() && (this.lower != null || this.upper != null);
	}

	static Optional<Condition> of(Object queryValue) {
		if (!(queryValue instanceof Document operators) || BsonRegularExpression.isRegularExpression(queryValue)) {
			return lookupable(queryValue) ? Optional.of(equalTo(List.of(queryValue))) : Optional.empty();
		}
		if (operators.isEmpty() || !operators.keySet().stream().allMatch((key) -> key.startsWith("$"))) {
			return Optional.empty();
		}
		List<Object> values = null;
		Bound lower = null;
		Bound upper = null;
		boolean exists = false;
		for (Map.Entry<String, Object> operator : operators.entrySet()) {
			Object value = operator.getValue();
			switch (operator.getKey()) {
				case "$eq" -> values = lookupable(value) ? List.of(value) : values;
				case "$in" -> values = (value instanceof Collection<?> in && !in.isEmpty()
						&& in.stream().allMatch(Condition::lookupable)) ? List.copyOf(in) : values;
				case "$gt", "$gte" -> lower = lookupable(value) ? new Bound(value, operator.getKey().equals("$gte")) : lower;
				case "$lt", "$lte" -> upper = lookupable(value) ? new Bound(value, operator.getKey().equals("$lte")) : upper;
				case "$exists" -> exists = Utils.isTrue(value);
				default -> {
					return Optional.empty();
				}
			}
		}
		Condition condition = new Condition(values, lower, upper, exists);
		return (condition.isEquality() || condition.isRange() || exists) ? Optional.of(condition) : Optional.empty();
	}

	private static Condition equalTo(List<Object> values) {
		return new Condition(values, null, null, false);
	}

	/** Scalars whose order in the index is the order the matcher compares them in; null never is. */
	static boolean lookupable(Object value) {
		return value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Double
				|| value instanceof Instant || value instanceof Boolean || value instanceof ObjectId;
	}

	/** MongoDB compares only values of one type (all numbers are one): {@code $lt: date} never matches a string. */
	static boolean sameType(Object value, Object other) {
		return (value instanceof Number && other instanceof Number)
				|| (value != null && other != null && value.getClass() == other.getClass());
	}

}
