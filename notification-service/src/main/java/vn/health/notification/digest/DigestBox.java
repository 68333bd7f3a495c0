package vn.health.notification.digest;

import java.time.Clock;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import vn.health.notification.delivery.Notice;
import vn.health.notification.delivery.SourceEvent;

/** Hộp chờ tổng hợp — keeps a small notice for the unit's next digest instead of sending it alone. */
@Component
public class DigestBox {

	private final MongoTemplate mongo;

	private final Clock clock;

	DigestBox(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public void collect(SourceEvent source, String unitId, Notice notice, DigestKind kind) {
		try {
			this.mongo.insert(new DigestItem(source.id() + "|" + unitId, unitId, source.type(), kind,
					notice.subject(), this.clock.instant(), false));
		}
		catch (DuplicateKeyException redelivered) {
			// Already waiting for (or already in) a digest.
		}
	}

}
