package vn.health.plan.plan;

/**
 * Một phiên bản — the whole content of a version an amendment replaced, kept in the plan's document so any
 * version can be read back as it was in force. When and by whom it came in force is in the history.
 */
public record PlanVersion(int version, PlanContent content) {

}
