package vn.health.plan.edxml;

import java.util.List;

import vn.health.plan.importer.FieldSource;
import vn.health.plan.importer.ImportFinding;
import vn.health.plan.importer.ImportResult;
import vn.health.plan.plan.PlanDraft;
import vn.health.servicekit.edxml.EdXmlHeader;

/**
 * Kết quả nhận gói tin — the draft read from a package, what the person must check, and which package it
 * came from; shaped like {@code /api/plans/import}'s answer. The draft is not stored.
 *
 * @param packageId {@code <From OrganId>|<DocumentId>}, the key a repeat of the package is refused by
 * @param fields where the attached document printed the fields the header does not give
 * @param source the attachment read for the body, {@code null} when the package had none
 */
public record EdXmlImportResult(String packageId, String documentId, EdXmlHeader.Organ from, PlanDraft draft,
		List<ImportFinding> findings, List<FieldSource> fields, ImportResult.Source source) {

	public EdXmlImportResult {
		findings = List.copyOf(findings);
		fields = List.copyOf(fields);
	}

}
