package vn.health.contracts.plan;

/**
 * One figure a report must give (chỉ tiêu báo cáo), e.g. number of articles published or people reached.
 * Values are non-negative numbers; consolidation sums them per {@code code}.
 *
 * @param code stable key of the figure within the requirement, e.g. {@code so-bai-viet}
 * @param name the figure as users read it, e.g. {@code Số tin, bài đăng tải}
 * @param unit its unit of measure (đơn vị tính), e.g. {@code bài}, {@code buổi}, {@code lượt người}
 */
public record Indicator(String code, String name, String unit) {

}
