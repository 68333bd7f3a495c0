package vn.health.plan.edxml;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.health.servicekit.edxml.EdXmlHeader;

/**
 * Gói tin đã nhận — the record that a package was received, kept so the same package is not imported twice.
 *
 * @param id {@code <From OrganId>|<DocumentId>}: QCVN 102 makes a DocumentId unique per sending agency
 * @param sha256 of the package bytes, to tell a resend of the same bytes from a changed package reusing the id
 */
@Document("received_packages")
record ReceivedPackage(@Id String id, String documentId, String fromOrganId, String fromOrganName, Instant receivedAt,
		String sha256) {

	static String idOf(EdXmlHeader header) {
		return header.from().organId() + "|" + header.documentId();
	}

	static ReceivedPackage of(EdXmlPackage received, Instant at) {
		EdXmlHeader header = received.header();
		return new ReceivedPackage(idOf(header), header.documentId(), header.from().organId(),
				header.from().organName(), at, received.sha256());
	}

}
