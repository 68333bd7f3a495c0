package vn.health.reporting.consolidation;

import java.time.Instant;

import vn.health.reporting.obligation.ObligationStatus;

/** Đơn vị chưa nộp — a unit that owes the report and has sent no version yet ({@code OPEN} or {@code OVERDUE}). */
record MissingReport(String unitId, ObligationStatus status, Instant dueAt) {

}
