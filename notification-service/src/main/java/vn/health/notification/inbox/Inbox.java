package vn.health.notification.inbox;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import vn.health.servicekit.web.NotFoundException;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Hộp thư trong ứng dụng — the units' in-app inboxes. */
@Component
public class Inbox {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id"));

	private final MongoTemplate mongo;

	private final InboxStream stream;

	Inbox(MongoTemplate mongo, InboxStream stream) {
		this.mongo = mongo;
		this.stream = stream;
	}

	/** Puts the entry in its unit's inbox unless it is there already (a redelivered event); returns whether it was new. */
	public boolean deliver(InboxEntry entry) {
		try {
			this.mongo.insert(entry);
		}
		catch (DuplicateKeyException alreadyDelivered) {
			return false;
		}
		this.stream.publish(entry);
		return true;
	}

	/** The unit whose inbox holds the entry; 404 when there is none. */
	public String unitOf(String id) {
		InboxEntry entry = this.mongo.findById(id, InboxEntry.class);
		if (entry == null) {
			throw notFound(id);
		}
		return entry.unitId();
	}

	/** Marks one entry read (again harmless); 404 when there is none. */
	public InboxPage.Item markRead(String id) {
		InboxEntry entry = this.mongo.findAndModify(new Query(where("_id").is(id)), Update.update("read", true),
				FindAndModifyOptions.options().returnNew(true), InboxEntry.class);
		if (entry == null) {
			throw notFound(id);
		}
		return InboxPage.Item.of(entry);
	}

	private static NotFoundException notFound(String id) {
		return new NotFoundException("Không tìm thấy thông báo " + id, "No inbox entry " + id);
	}

	/** Marks every unread entry of {@code unit} read; returns how many were unread. */
	public long markAllRead(String unit) {
		return this.mongo.updateMulti(unread(unit), Update.update("read", true), InboxEntry.class).getModifiedCount();
	}

	public long unreadCount(String unit) {
		return this.mongo.count(unread(unit), InboxEntry.class);
	}

	private static Query unread(String unit) {
		return new Query(where("unitId").is(unit).and("read").is(false));
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
