package vn.health.console.api;

/** One line of the plan list (plan-service). */
public record PlanSummary(String id, String status, int version, String number, String title, int year) {

	/** "12/KH-SYT · Kế hoạch …" for a select or a heading. */
	public String label() {
		return (this.number != null && !this.number.isBlank()) ? this.number + " · " + this.title : this.title;
	}

}
