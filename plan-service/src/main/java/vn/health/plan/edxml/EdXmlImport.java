package vn.health.plan.edxml;

import java.time.Clock;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import vn.health.plan.directory.Directory;
import vn.health.plan.importer.ImportResult;
import vn.health.plan.importer.KnownUnit;
import vn.health.plan.importer.PlanDocumentReader;
import vn.health.plan.importer.TextExtraction;
import vn.health.servicekit.edxml.EdXmlAttachment;
import vn.health.servicekit.edxml.EdXmlHeader;
import vn.health.servicekit.web.ConflictException;

/**
 * Tiếp nhận văn bản điện tử — turns a received edXML package into a draft plan for a person to confirm;
 * only the record that the package arrived is stored, and only once everything has been read.
 */
@Service
class EdXmlImport {

	private final Directory directory;

	private final ReceivedPackages received;

	private final Clock clock;

	EdXmlImport(Directory directory, ReceivedPackages received, Clock clock) {
		this.directory = directory;
		this.received = received;
		this.clock = clock;
	}

	EdXmlImportResult receive(EdXmlPackage edxml) {
		String id = ReceivedPackage.idOf(edxml.header());
		this.received.findById(id).ifPresent((earlier) -> {
			throw duplicate(edxml, earlier);
		});
		List<KnownUnit> units = this.directory.list(null, Pageable.unpaged())
			.map((unit) -> new KnownUnit(unit.id(), unit.name(), unit.type()))
			.getContent();
		EdXmlAttachment document = DraftFromPackage.documentOf(edxml);
		ImportResult read = (document != null) ? new PlanDocumentReader(units)
			.read(TextExtraction.extract(document.name(), document.contentType(), document.content())) : null;
		EdXmlImportResult result = DraftFromPackage.merge(id, edxml, read, units);
		try {
			this.received.insert(ReceivedPackage.of(edxml, this.clock.instant()));
		}
		catch (DuplicateKeyException sentTwiceAtOnce) {
			throw duplicate(edxml, this.received.findById(id).orElse(null));
		}
		return result;
	}

	private static ConflictException duplicate(EdXmlPackage edxml, ReceivedPackage earlier) {
		EdXmlHeader header = edxml.header();
		boolean same = earlier != null && edxml.sha256().equals(earlier.sha256());
		String when = (earlier != null) ? " (" + earlier.receivedAt() + ")" : "";
		return new ConflictException("Gói tin " + header.documentId() + " của " + header.from().organName()
				+ " đã được nhận" + when + (same ? "" : "; lần này nội dung khác lần trước"),
				"Package " + header.documentId() + " from " + header.from().organId() + " was already received" + when
						+ (same ? "" : "; this time with different content"));
	}

}
