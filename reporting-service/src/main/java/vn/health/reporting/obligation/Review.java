package vn.health.reporting.obligation;

import java.time.Instant;

/**
 * Ý kiến duyệt — the recipient unit's decision on one submission.
 *
 * @param reason required when the report is returned, optional when accepted
 * @param reviewerUnitId the recipient unit the decision is made for
 * @param reviewedBy who decided (a coordinator of the recipient or of a unit above it, or an administrator);
 *     {@code null} in decisions stored before the person was kept (issue #8)
 */
public record Review(int submissionVersion, ReviewDecision decision, String reason, String reviewerUnitId,
		Actor reviewedBy, Instant decidedAt) {

}
