package vn.health.calendar.directory;

import java.time.LocalDate;

/** Đơn vị tiền thân — a unit merged, directly or through earlier merges, into another, and the day that took effect. */
public record Predecessor(String unitId, LocalDate since) {

}
