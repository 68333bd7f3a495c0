package vn.health.notification.inbox;

import java.time.Instant;
import java.util.List;

/** A page of a unit's inbox, newest first. */
public record InboxPage(List<Item> items, int page, int size, long total) {

	/** One inbox entry as the console shows it. */
	public record Item(String id, String unitId, String title, String body, Instant createdAt, boolean read) {

		static Item of(InboxEntry entry) {
			return new Item(entry.id(), entry.unitId(), entry.title(), entry.body(), entry.createdAt(), entry.read());
		}

	}

}
