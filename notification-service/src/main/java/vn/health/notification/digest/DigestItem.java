package vn.health.notification.digest;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One small notice waiting for its unit's next digest; the id is the event and unit, so a redelivery adds none.
 * {@code eventType} (the CloudEvents type) decides which of the unit's channels carry it in the digest.
 */
@Document("digest_items")
@CompoundIndex(name = "waiting", def = "{'sent': 1, 'unitId': 1, 'createdAt': 1}")
record DigestItem(@Id String id, String unitId, String eventType, DigestKind kind, String subject, Instant createdAt,
		boolean sent) {

}
