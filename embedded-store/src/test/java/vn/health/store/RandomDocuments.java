package vn.health.store;

import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.bson.Document;

/**
 * Documents and filters drawn at random over a few fields, with the values that trip up an index: numbers of three
 * types that compare equal, strings next to numbers, nulls, missing fields, arrays (also of subdocuments) and
 * nested fields.
 */
final class RandomDocuments {

	static final List<String> FIELDS = List.of("a", "s", "d", "n.x", "tags", "pe.e");

	private final Random random;

	private int nextId;

	RandomDocuments(long seed) {
		this.random = new Random(seed);
	}

	Document document() {
		Document document = new Document("_id", "id-" + this.nextId++).append("version", 0);
		maybe(document, "a", this::anything);
		maybe(document, "s", () -> pick("OPEN", "OVERDUE", "DONE", 1, null));
		maybe(document, "d", this::date);
		maybe(document, "n", () -> this.random.nextInt(4) == 0 ? List.of(new Document("x", scalar()), new Document("x", scalar()))
				: new Document("x", scalar()));
		maybe(document, "tags", () -> Arrays.asList(scalar(), scalar()));
		maybe(document, "pe", () -> this.random.nextBoolean() ? List.of()
				: List.of(new Document("e", "event-" + this.random.nextInt(20))));
		return document;
	}

	/** A conjunction of one to three conditions, sometimes with the {@code _id} of a stored document. */
	Document filter() {
		Document filter = new Document();
		if (this.random.nextInt(5) == 0) {
			filter.append("_id", this.random.nextBoolean() ? existingId()
					: new Document("$in", List.of(existingId(), existingId())));
		}
		for (int i = 0, n = 1 + this.random.nextInt(3); i < n; i++) {
			String field = FIELDS.get(this.random.nextInt(FIELDS.size()));
			filter.append(field, condition(field));
		}
		return filter;
	}

	/** A due-work query, as the sweeps send: one value of {@code s} and a range of {@code d}. */
	Document dueFilter() {
		return new Document("s", pick("OPEN", "OVERDUE", "DONE")).append("d", new Document(pick("$lt", "$lte", "$gt", "$gte").toString(), date()));
	}

	/** A one-sided range of {@code field}. */
	Document rangeOf(String field) {
		return new Document(field, new Document(pick("$lt", "$lte", "$gt", "$gte").toString(), scalar()));
	}

	Object existingId() {
		return "id-" + this.random.nextInt(Math.max(1, this.nextId));
	}

	String field() {
		return pick("a", "s", "d", "n", "tags", "pe").toString();
	}

	Object value(String field) {
		return switch (field) {
			case "d" -> date();
			case "pe" -> List.of(new Document("e", "event-" + this.random.nextInt(20)));
			case "n" -> new Document("x", scalar());
			default -> anything();
		};
	}

	private Object condition(String field) {
		Object value = field.equals("d") ? date() : field.equals("pe.e") ? "event-" + this.random.nextInt(20) : scalar();
		return switch (this.random.nextInt(9)) {
			case 0 -> value;
			case 1 -> new Document("$eq", value);
			case 2 -> new Document("$in", Arrays.asList(value, scalar()));
			case 3 -> new Document(pick("$gt", "$gte").toString(), value);
			case 4 -> new Document(pick("$lt", "$lte").toString(), value);
			case 5 -> new Document(pick("$gt", "$gte").toString(), value).append(pick("$lt", "$lte").toString(),
					field.equals("d") ? date() : scalar());
			case 6 -> new Document("$exists", this.random.nextBoolean());
			case 7 -> new Document("$ne", value);
			default -> new Document("$gte", value).append("$ne", scalar());
		};
	}

	private Object anything() {
		return switch (this.random.nextInt(6)) {
			case 0 -> Arrays.asList(scalar(), scalar());
			case 1 -> new Document("k", scalar());
			case 2 -> List.of();
			default -> scalar();
		};
	}

	private Object scalar() {
		return switch (this.random.nextInt(8)) {
			case 0 -> this.random.nextInt(6);
			case 1 -> (long) this.random.nextInt(6);
			case 2 -> this.random.nextInt(12) / 2.0;
			case 3 -> pick("a", "b", "c", "OPEN");
			case 4 -> this.random.nextBoolean();
			case 5 -> null;
			case 6 -> date();
			default -> Double.NaN;
		};
	}

	private Date date() {
		return new Date(1_700_000_000_000L + this.random.nextInt(10) * 86_400_000L);
	}

	private void maybe(Document document, String field, Supplier<Object> value) {
		if (this.random.nextInt(6) != 0) {
			document.append(field, value.get());
		}
	}

	private Object pick(Object... values) {
		return values[this.random.nextInt(values.length)];
	}

}
