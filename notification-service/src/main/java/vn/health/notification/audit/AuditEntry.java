package vn.health.notification.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Một dòng nhật ký thay đổi — who changed what, when. Kept in its own collection, so the trail of a subscription
 * outlives the subscription.
 *
 * @param by the subject of the caller's access token (a user name or a machine client's id)
 * @param byUnit the caller's unit
 * @param unitId the unit whose settings changed; for a webhook, the unit that owns the subscription
 * @param target the id of what changed: the unit for preferences, the subscriber, the webhook subscription or
 *        delivery
 * @param detail what it became, in a few words (channels, event types, URL)
 */
@Document("audit")
@CompoundIndex(name = "unit_at", def = "{'unitId': 1, 'at': -1}")
@CompoundIndex(name = "at", def = "{'at': -1}")
public record AuditEntry(@Id String id, Instant at, String by, String byUnit, AuditAction action, String unitId,
		String target, String detail) {

}
