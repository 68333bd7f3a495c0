package vn.health.reporting.obligation;

import java.time.Instant;

/** Chuyển nghĩa vụ — the obligation moved from one unit to another, e.g. to the successor of a merge. */
public record Reassignment(String fromUnitId, String toUnitId, String reason, Instant reassignedAt) {

}
