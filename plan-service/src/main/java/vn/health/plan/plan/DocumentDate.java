package vn.health.plan.plan;

/**
 * Ngày tháng năm on the place-and-date line, as printed: drafts often leave the day and month blank
 * ({@code ngày   tháng   năm 2024}), so only the year is required.
 */
public record DocumentDate(Integer day, Integer month, Integer year) {

}
