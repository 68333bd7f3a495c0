package vn.health.calendar.audit;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Một dòng nhật ký — one change an operator made: who, when, what. Kept in a collection of its own because what it
 * records may be gone (a withdrawn holiday decision, a removed theme, a rotated token).
 *
 * @param by the subject of the caller's access token
 * @param byUnitId the unit of the caller's token
 * @param target the theme id, the adjusted date ({@code 2025-01-27}) or the unit whose feed token was rotated
 * @param unitId the unit the change concerns; {@code null} when it concerns the whole province
 * @param detail what was stored: a theme's name and timing, a decision's kind and reason; never a token
 */
@Document("calendar_audit")
public record AuditEntry(@Id String id, Instant at, String by, String byUnitId, AuditAction action, String target,
		@Indexed String unitId, String detail) {

}
