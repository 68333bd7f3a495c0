package vn.health.plan.plan;

/** Đầu mối liên hệ — a person the plan names for questions or submissions (name, role, phone, e-mail). */
public record Contact(String name, String role, String phone, String email) {

}
