package vn.health.contracts.plan;

import vn.health.contracts.IntegrationEvent;

/** Events of plan-service about plans (kế hoạch), published on {@code plans.v1}, keyed by plan id. */
public sealed interface PlanEvent extends IntegrationEvent permits PlanIssued, PlanAmended, PlanRevoked, PlanClosed {

}
