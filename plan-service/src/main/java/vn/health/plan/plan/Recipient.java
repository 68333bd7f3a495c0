package vn.health.plan.plan;

/**
 * Nơi nhận — one line of the recipients list as printed ({@code Văn phòng Bộ Y tế (B/c);},
 * {@code Lưu: VT, NVY.}), with the unit it names when that unit is in the directory.
 */
public record Recipient(String name, String unitId) {

}
