package vn.health.reporting.obligation;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Phiên bản kế hoạch đã áp dụng — the latest version of a plan its obligations follow, and whether the
 * plan was revoked, so an older snapshot replayed later cannot bring back what a newer one removed.
 */
@Document("applied_plans")
record AppliedPlan(@Id String planId, int version, boolean revoked) {

}
