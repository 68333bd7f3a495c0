package vn.health.calendar.deadline;

import java.time.Instant;

/**
 * Đơn vị chịu trách nhiệm — a unit that owed the report from {@code since} (the obligation's creation, or its
 * reassignment); {@code null} when the event that named it arrived before the one that dated it.
 */
record Holder(String unitId, Instant since) {

}
