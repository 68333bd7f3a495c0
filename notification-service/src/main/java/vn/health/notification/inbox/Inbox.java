package vn.health.notification.inbox;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Hộp thư trong ứng dụng — the units' in-app inboxes. */
@Component
public class Inbox {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"));

	private final MongoTemplate mongo;

	Inbox(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Puts the entry in its unit's inbox unless it is there already (a redelivered event); returns whether it was new. */
	public boolean deliver(InboxEntry entry) {
		try {
			this.mongo.insert(entry);
			return true;
		}
		catch (DuplicateKeyException alreadyDelivered) {
			return false;
		}
	}

	public InboxPage page(InboxQuery query) {
		Query ofUnit = new Query(where("unitId").is(query.unit()));
		long total = this.mongo.count(ofUnit, InboxEntry.class);
		List<InboxPage.Item> items = this.mongo
			.find(Query.of(ofUnit).with(NEWEST_FIRST).skip((long) query.page() * query.size()).limit(query.size()),
					InboxEntry.class)
			.stream()
			.map(InboxPage.Item::of)
			.toList();
		return new InboxPage(items, query.page(), query.size(), total);
	}

}
