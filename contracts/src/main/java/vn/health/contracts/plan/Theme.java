package vn.health.contracts.plan;

/**
 * Chủ đề truyền thông — a theme day or period a plan asks units to communicate on.
 *
 * @param timing when, as printed in the plan: {@code 24/3}, {@code 15 - 21/3}, {@code tuần 1 tháng 5}
 */
public record Theme(String name, String timing) {

}
