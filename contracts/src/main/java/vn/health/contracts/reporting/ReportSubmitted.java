package vn.health.contracts.reporting;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A unit submitted (or resubmitted after a return) its report (nộp báo cáo). Published once per
 * submission version.
 *
 * @param submissionVersion 1 for the first submission, one more for each resubmission
 * @param lateBy how long after {@code dueAt} it was submitted; {@link Duration#ZERO} when on time
 * @param indicators the reported indicator values (chỉ số), name to non-negative number
 */
public record ReportSubmitted(String obligationId, String planId, String requirementId, String requirementTitle,
		String unitId, String recipientUnitId, int submissionVersion, Instant dueAt, Instant submittedAt,
		Duration lateBy, Map<String, Double> indicators) implements ReportingEvent {

	public ReportSubmitted {
		indicators = (indicators != null) ? Map.copyOf(indicators) : Map.of();
	}

	@Override
	public String aggregateId() {
		return this.obligationId;
	}

}
