package vn.health.plan.importer;

/**
 * Phát hiện khi nhập — one thing the person confirming an imported draft must see: where in the draft
 * ({@code requirements[1].dueDate}), why in Vietnamese and English, and where in the source.
 *
 * @param line 1-based line of the source text the finding points at, {@code null} when it is about the whole document
 * @param text the source text the finding is about, as printed
 */
public record ImportFinding(Severity severity, String field, String message, String messageEn, Integer line,
		String text) {

	static ImportFinding error(String field, String message, String messageEn, Integer line, String text) {
		return new ImportFinding(Severity.ERROR, field, message, messageEn, line, text);
	}

	static ImportFinding warning(String field, String message, String messageEn, Integer line, String text) {
		return new ImportFinding(Severity.WARNING, field, message, messageEn, line, text);
	}

	static ImportFinding info(String field, String message, String messageEn, Integer line, String text) {
		return new ImportFinding(Severity.INFO, field, message, messageEn, line, text);
	}

	/** Mức độ: an ERROR must be fixed before the plan is issued, a WARNING checked, an INFO is for the record. */
	public enum Severity {

		ERROR, WARNING, INFO

	}

}
