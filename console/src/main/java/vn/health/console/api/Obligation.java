package vn.health.console.api;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Nghĩa vụ báo cáo as reporting-service shows it (the fields the console uses).
 */
public record Obligation(String id, String planId, String planNumber, String planTitle, String requirementId,
		String requirementTitle, String period, List<Indicator> indicators, String unitId, String recipientUnitId,
		LocalDate dueDate, Instant dueAt, String status, Instant overdueSince, List<SubmittedVersion> submissions,
		List<Review> reviews) {

	public Obligation {
		indicators = (indicators != null) ? indicators : List.of();
		submissions = (submissions != null) ? submissions : List.of();
		reviews = (reviews != null) ? reviews : List.of();
	}

	/** One indicator of the requirement's template. */
	public record Indicator(String code, String name, String unit) {

		/** "Số buổi truyền thông (buổi)". */
		public String label() {
			return (this.unit == null || this.unit.isBlank()) ? this.name : this.name + " (" + this.unit + ")";
		}

	}

	/** One submitted version. */
	public record SubmittedVersion(int version, String narrative, Map<String, Double> indicators,
			Instant submittedAt, boolean late, Duration lateBy) {

	}

	/** A recipient's decision ({@code ACCEPT} or {@code RETURN}) on one version. */
	public record Review(int submissionVersion, String decision, String reason, String reviewerUnitId,
			Instant decidedAt) {

		public boolean returned() {
			return "RETURN".equals(this.decision);
		}

	}

	/** The template's label for an indicator code, or the code itself when the template does not name it. */
	public String indicatorLabel(String code) {
		return this.indicators.stream()
			.filter((indicator) -> indicator.code().equals(code))
			.map(Indicator::label)
			.findFirst()
			.orElse(code);
	}

	/** The reporter owes the next move: a submission is possible. */
	public boolean submittable() {
		return "OPEN".equals(this.status) || "OVERDUE".equals(this.status) || "RETURNED".equals(this.status);
	}

	public boolean awaitingReview() {
		return "SUBMITTED".equals(this.status);
	}

	/** The latest submitted version, or null. */
	public SubmittedVersion latest() {
		return this.submissions.isEmpty() ? null : this.submissions.getLast();
	}

	/** The returns, newest first, each with its reason. */
	public List<Review> returns() {
		return this.reviews.stream().filter(Review::returned).toList().reversed();
	}

	/** Whole days (rounded up) past the deadline while still unsubmitted, 0 when not overdue. */
	public long daysOverdue(Instant now) {
		boolean owed = "OPEN".equals(this.status) || "OVERDUE".equals(this.status);
		if (!owed || this.dueAt == null || !now.isAfter(this.dueAt)) {
			return 0;
		}
		Duration late = Duration.between(this.dueAt, now);
		return late.toDays() + ((late.toDays() * 86_400 == late.toSeconds()) ? 0 : 1);
	}

}
