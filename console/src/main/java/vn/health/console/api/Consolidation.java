package vn.health.console.api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Báo cáo tổng hợp of one requirement, as reporting-service computes it. */
public record Consolidation(String planId, String requirementId, String recipientUnitId, int expected,
		List<UnitReport> reports, List<Column> columns, int accepted, Map<String, Double> totals,
		List<Missing> missing) {

	public Consolidation {
		reports = (reports != null) ? reports : List.of();
		columns = (columns != null) ? columns : List.of();
		totals = (totals != null) ? totals : Map.of();
		missing = (missing != null) ? missing : List.of();
	}

	/** One unit that sent a version. */
	public record UnitReport(String unitId, String status, int version, Instant submittedAt, Duration lateBy,
			Map<String, Double> indicators) {

		public UnitReport {
			indicators = (indicators != null) ? indicators : Map.of();
		}

	}

	/** An indicator column with its total over accepted reports. */
	public record Column(String code, String name, String unit, Double total) {

		public String label() {
			String title = (this.name != null) ? this.name : this.code;
			return (this.unit == null || this.unit.isBlank()) ? title : title + " (" + this.unit + ")";
		}

	}

	/** A unit that sent nothing yet. */
	public record Missing(String unitId, String status, Instant dueAt) {

	}

}
