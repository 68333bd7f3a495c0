/** plan-service: plans (kế hoạch) and the unit directory (danh bạ đơn vị) of a province. */
package vn.health.plan;
