package vn.health.plan.plan;

import java.time.Instant;

/**
 * Tệp đính kèm — a file attached to a plan (phụ lục, the signed scan, a form), kept in GridFS under
 * {@code attachmentId}; the plan's document holds what users see of it.
 *
 * @param contentType the type the platform recognised from the content, not the one the browser claimed
 * @param sha256 hex SHA-256 of the bytes, to prove the file is the one uploaded
 */
public record Attachment(String attachmentId, String fileName, String contentType, long size, String sha256,
		String by, Instant at) {

}
