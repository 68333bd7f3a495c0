package vn.health.reporting.obligation;

import java.time.Instant;

/**
 * Ý kiến duyệt — the recipient unit's decision on one submission.
 *
 * @param reason required when the report is returned, optional when accepted
 */
public record Review(int submissionVersion, ReviewDecision decision, String reason, String reviewerUnitId,
		Instant decidedAt) {

}
