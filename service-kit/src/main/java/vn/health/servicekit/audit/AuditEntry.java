package vn.health.servicekit.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Một dòng nhật ký thao tác — who changed what, when. Kept in a collection of its own (in the service's own database)
 * because what it records may be gone since: a removed theme, a deleted subscription, a rotated token.
 *
 * @param by the subject of the caller's access token (a user name or a machine client's id)
 * @param byUnitId the unit of the caller's token
 * @param action what was done, one of the service's own action names (e.g. {@code THEME_ADDED})
 * @param unitId the unit the change concerns; {@code null} when it concerns the whole province
 * @param target the id of what changed (a theme, a date, a subscription…)
 * @param detail what it became, in a few words; never a secret
 */
@Document("audit")
@CompoundIndex(name = "unit_at", def = "{'unitId': 1, 'at': -1}")
@CompoundIndex(name = "action_at", def = "{'action': 1, 'at': -1}")
public record AuditEntry(@Id String id, Instant at, String by, String byUnitId, String action, String unitId,
		String target, String detail) {
}
