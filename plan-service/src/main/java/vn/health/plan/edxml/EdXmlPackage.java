package vn.health.plan.edxml;

import java.util.List;

import vn.health.servicekit.edxml.EdXmlAttachment;
import vn.health.servicekit.edxml.EdXmlHeader;

/**
 * Gói tin edXML — one received envelope: its header and its attached files, decoded.
 *
 * @param sha256 hex SHA-256 of the package bytes as received
 */
public record EdXmlPackage(EdXmlHeader header, List<EdXmlAttachment> attachments, String sha256) {

	public EdXmlPackage {
		attachments = List.copyOf(attachments);
	}

}
