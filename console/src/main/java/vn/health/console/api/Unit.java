package vn.health.console.api;

/** Đơn vị from the directory (plan-service). */
public record Unit(String id, String name, String type, String parentId, String email, String phone) {

}
