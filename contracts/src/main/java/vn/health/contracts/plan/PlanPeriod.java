package vn.health.contracts.plan;

import java.time.LocalDate;

/** Thời gian thực hiện — the days a plan runs, both included (e.g. 2024-08-15 to 2025-01-31). */
public record PlanPeriod(LocalDate from, LocalDate to) {

}
