package vn.health.console.api;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * What plan-service read from an uploaded document: the draft (kept as the API wrote it, to be sent back
 * unchanged when saved), the findings a person must look at, and the source lines they point to.
 */
public record PlanImport(JsonNode draft, List<Finding> findings, Source source) {

	public PlanImport {
		findings = (findings != null) ? findings : List.of();
	}

	/** One thing to check: {@code severity} ERROR, WARNING or INFO; {@code line} 1-based in the source, or null. */
	public record Finding(String severity, String field, String message, Integer line, String text) {

		public String severityLabel() {
			return switch (this.severity) {
				case "ERROR" -> "Lỗi";
				case "WARNING" -> "Cần kiểm tra";
				default -> "Ghi chú";
			};
		}

	}

	/** The document as text, line by line. */
	public record Source(String fileName, String contentType, List<String> lines) {

		public Source {
			lines = (lines != null) ? lines : List.of();
		}

	}

	/** Source line numbers some finding points at, to highlight them. */
	public boolean flagged(int lineNumber) {
		return this.findings.stream().anyMatch((f) -> f.line() != null && f.line() == lineNumber);
	}

	public String text(String field) {
		JsonNode value = this.draft.path(field);
		return value.isValueNode() ? value.asString("") : "";
	}

	public int count(String field) {
		return this.draft.path(field).size();
	}

}
