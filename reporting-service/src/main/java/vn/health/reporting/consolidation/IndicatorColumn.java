package vn.health.reporting.consolidation;

/**
 * Cột chỉ tiêu — one figure of a consolidation as the reader sees it: the template's name and unit of measure, and
 * the sum over the accepted reports. A figure reported without a template has its own name as code and name.
 *
 * @param unit the unit of measure (đơn vị tính), {@code null} without a template
 */
record IndicatorColumn(String code, String name, String unit, double total) {

	/** The column header of the export: "Số tin, bài (bài)". */
	String label() {
		return (this.unit != null && !this.unit.isBlank()) ? this.name + " (" + this.unit + ")" : this.name;
	}

}
