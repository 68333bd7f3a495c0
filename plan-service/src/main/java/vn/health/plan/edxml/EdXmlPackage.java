package vn.health.plan.edxml;

import java.util.List;

/**
 * Gói tin edXML — one received envelope: its header and its attached files, decoded.
 *
 * @param sha256 hex SHA-256 of the package bytes as received
 */
public record EdXmlPackage(EdXmlHeader header, List<Attachment> attachments, String sha256) {

	public EdXmlPackage {
		attachments = List.copyOf(attachments);
	}

	/** Tệp đính kèm — one {@code AttachmentEncoded/Attachment}, its content decoded from base64. */
	public record Attachment(String name, String contentType, byte[] content) {

	}

}
