package vn.health.plan.importer;

import java.util.List;

import vn.health.plan.plan.PlanDraft;

/**
 * Kết quả nhập — the draft read from a document, what the person must check, where each field was read
 * and how surely, and the source lines all of them point at, for the console to show side by side.
 * Nothing of it is stored.
 */
public record ImportResult(PlanDraft draft, List<ImportFinding> findings, List<FieldSource> fields, Source source) {

	public ImportResult {
		findings = List.copyOf(findings);
		fields = List.copyOf(fields);
	}

	/** The uploaded document as read: its name, declared type and normalised lines (line 1 is {@code lines[0]}). */
	public record Source(String fileName, String contentType, List<String> lines) {

	}

}
