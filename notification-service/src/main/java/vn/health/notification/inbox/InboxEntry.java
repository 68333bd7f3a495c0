package vn.health.notification.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Thông báo trong hộp thư — one notification in a unit's in-app inbox. Its id is derived from the
 * event and the unit, so the same event can never put two entries in one inbox.
 */
@Document("inbox")
@CompoundIndex(name = "unit_newest_first", def = "{'unitId': 1, 'createdAt': -1, '_id': -1}")
@CompoundIndex(name = "unit_unread", def = "{'unitId': 1, 'read': 1}")
public record InboxEntry(@Id String id, String eventId, String unitId, String title, String body, Instant createdAt,
		boolean read) {

	public static InboxEntry of(String eventId, String unitId, String title, String body, Instant createdAt) {
		String id = UUID.nameUUIDFromBytes((eventId + "|" + unitId).getBytes(StandardCharsets.UTF_8)).toString();
		return new InboxEntry(id, eventId, unitId, title, body, createdAt, false);
	}

}
